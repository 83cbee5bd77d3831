import { z } from "zod";

export const loginSchema = z.object({
  username: z.string().trim().min(1, "username is required").max(64),
  password: z.string().min(1, "password is required").max(256),
});

export const passwordField = z.string().min(8, "password needs at least 8 characters").max(256);
export const usernameField = z.string().trim().min(3, "username needs 3 to 32 characters").max(32, "username needs 3 to 32 characters").regex(/^[\w.-]+$/, "username may use letters, digits, _ . -");

export const setupSchema = z.object({ username: usernameField, password: passwordField });
