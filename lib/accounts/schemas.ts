import { z } from "zod";

export const createAccountInput = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address."),
  name: z.string().trim().min(1, "Enter the person's name.").max(200),
  password: z.string().min(8, "Use a password of at least 8 characters.").max(200),
  isAdmin: z.boolean().default(false),
});
export type CreateAccountInput = z.input<typeof createAccountInput>;

export const setAccountActiveInput = z.object({ active: z.boolean() });

const newPassword = z.string().min(8, "Use a password of at least 8 characters.").max(200);
export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, "Enter your current password."),
  newPassword,
});
export const resetPasswordInput = z.object({ password: newPassword });

export const updateInstanceSettingsInput = z.object({ passwordSignIn: z.boolean() });
