/**
 * The V8 flags the language server's Node runs with: the extension starts it with them, the
 * `fanfic-language-server` bin's shebang passes them, and the bench measures the server so.
 *
 * `--max-semi-space-size=8` (MB; Node 20's default is 16): the young generation holds what a
 * keystroke allocates until the next scavenge (the new text, its diagnostics' JSON), and V8 keeps
 * both halves of it resident. Halved, the server's peak memory over 200 edits of a 100,000-word
 * chapter fell from 253–256 MB to 230–233 MB with the edit p95 unchanged; at 4 MB it fell to
 * 223 MB but each scavenge promoted more, and the in-server p95 rose from ~21 to ~35 ms.
 *
 * `--initial-old-space-size=96` (MB): V8 starts a process with a small old generation and collects
 * it whole each time it fills, before it has measured what stays live. The server's start-up and
 * first check hold 50 – 70 MB (the dictionaries, the word list, the context model, a long
 * chapter's model), so it ran three full collections on the way there, one of them (55 ms, the
 * heap then 53 MB) inside the first check. From 96 MB the first collection comes after it; from
 * then on V8 sizes the heap by what is live, as before: the peak over 200 edits stayed 228 MB.
 * (What the collection cost the check, 55 ms of a loaded machine's 1.5 s, is within its noise.)
 * (`v8.setFlagsFromString` cannot set these: the heap is sized when the process starts.)
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=8', '--initial-old-space-size=96'];
