import { sideBySide } from '../../jobs/side-by-side';

describe('sideBySide', () => {
  it('answers every result in order', async () => {
    expect(await sideBySide(Promise.resolve(1), Promise.resolve('two'))).toEqual([1, 'two']);
  });

  it('reports a failure only once the other pieces have ended', async () => {
    let slowEnded = false;
    const slow = new Promise<string>((resolve) =>
      setTimeout(() => {
        slowEnded = true;
        resolve('done');
      }, 50),
    );
    await expect(sideBySide(Promise.reject(new Error('reminders failed')), slow)).rejects.toThrow(
      'reminders failed',
    );
    expect(slowEnded).toBe(true);
  });
});
