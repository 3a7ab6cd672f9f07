export function checkEs2017(code: string): { ok: boolean; problem: string | null };
