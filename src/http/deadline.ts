// Answers a request at its deadline when the work behind it has not finished (the work's late result is dropped).
/**
 * Runs `work`; if it has not finished by `deadline`, `onLate` answers the client then, and `work`'s result is dropped
 * when it comes (`answered()` tells `work` whether it may still write). Resolves when `work` ends, so that the caller
 * holds its slot until the backend is done: a hung database cannot draw unbounded work.
 */
export async function answerByDeadline(deadline: number, work: (late: () => boolean) => Promise<void>, onLate: () => void): Promise<void> {
  let late = false;
  const timer = setTimeout(
    () => {
      late = true;
      onLate();
    },
    Math.max(0, deadline - Date.now()),
  );
  try {
    await work(() => late);
  } finally {
    clearTimeout(timer);
  }
}
