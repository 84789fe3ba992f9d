import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getInstanceSettings } from "@/lib/accounts/instance-settings";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl = "/" } = await searchParams;
  if (await getActor()) redirect(callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/");
  return (
    <main id="main" className="grid min-h-screen place-items-center px-4">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <h1 className="mb-1 text-xl font-semibold">Launch Control</h1>
        <p className="mb-6 text-sm text-slate-600 dark:text-slate-400">Sign in to follow your go-live.</p>
        <SignInForm callbackUrl={callbackUrl} {...await getInstanceSettings()} />
      </div>
    </main>
  );
}
