/** Errors while annotating an article: named after its file, and told to the host before they are thrown. */

/**
 * Run `annotate`; an error (author overrides naming nothing) gets the file's path
 * so the build says which, and `onError` hears of it first: hosts that only log
 * render errors, as Astro's content loader does, use it to fail the build.
 */
export function reportingErrors<T>(
  file: string | undefined,
  onError: ((error: Error, file: string | undefined) => void) | undefined,
  annotate: () => T,
): T {
  try {
    return annotate();
  } catch (error) {
    if (error instanceof Error) {
      if (file && !error.message.startsWith(file)) error.message = `${file}: ${error.message}`;
      onError?.(error, file);
    }
    throw error;
  }
}
