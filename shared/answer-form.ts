// The numbers of the security-question form, on their own: the API contract and the kiosk's form
// read them without the answer rules (security-questions.ts), which the kiosk's first screen does
// not need (a module goes into a chunk whole; docs/architecture.md, "Start-up").
/** How many security questions a person answers. */
export const REQUIRED_SECURITY_QUESTIONS = 3;
/** Length of an answer after normalising, in characters. */
export const MIN_ANSWER_LENGTH = 3;
export const MAX_ANSWER_LENGTH = 40;
