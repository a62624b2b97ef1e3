// How the benchmark writes its figures: whole MB for memory, one decimal for sizes and seconds.

export const mb = (bytes: number): string => (bytes / 1024 ** 2).toFixed(0);
export const mb1 = (bytes: number): string => (bytes / 1024 ** 2).toFixed(1);
/** `–` where there is nothing to measure (a site without platform pages). */
export const kb = (bytes: number | null): string => (bytes === null ? '–' : (bytes / 1024).toFixed(1));
export const s1 = (seconds: number): string => seconds.toFixed(1);
export const thousands = (value: number): string => value.toLocaleString('en-US');
