// The list files have no types of their own; the server's and the renderer's builds find these declarations through this reference.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./zxcvbn-lists.d.ts" />
// zxcvbn-ts's lists, imported one by one so a bundle holds only those used (the packages' index
// files pull in every list, e.g. 88 000 English surnames). Ranked: the most common entry first.
export { default as keyboardAdjacency } from '@zxcvbn-ts/language-common/dist/adjacencyGraphs.json.mjs';
export { default as breachedPasswords } from '@zxcvbn-ts/language-common/dist/passwords.json.mjs';
export { default as englishWords } from '@zxcvbn-ts/language-en/dist/commonWords.json.mjs';
export { default as englishFirstNames } from '@zxcvbn-ts/language-en/dist/firstnames.json.mjs';
export { default as englishLastNames } from '@zxcvbn-ts/language-en/dist/lastnames.json.mjs';
export { default as indonesianWords } from '@zxcvbn-ts/language-id/dist/commonWords.json.mjs';
export { default as indonesianNames } from '@zxcvbn-ts/language-id/dist/names.json.mjs';
