/**
 * Update intake: long polling (our own loop, committing the offset only after updates are stored) or the
 * webhook, both into the inbox; then per-chat ordered, transactional handling that applies each update
 * exactly once.
 */
package vn.chibo.bot.intake;
