/**
 * Questions typed in Vietnamese, read deterministically: folded and normalised, matched against the grammar of
 * questions_vi.txt (words, intents, kinds of meeting), with the period and the unit or person they name within the
 * asker's scope. Nothing leaves the server; no model is involved.
 */
package vn.chibo.content.question;
