// How many security questions a person answers: on its own so the first screen's store can size
// its rows without loading the answer rules.
export const REQUIRED_SECURITY_QUESTIONS = 3;
