import bcrypt from "bcryptjs";

// bcrypt is deliberately slow; 10 rounds is ~70 ms here, enough against guessing, quick enough to sign in.
const ROUNDS = 10;

export const hashPassword = (password: string) => bcrypt.hash(password, ROUNDS);
export const verifyPassword = (password: string, hash: string) => bcrypt.compare(password, hash);
