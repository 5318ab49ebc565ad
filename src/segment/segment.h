/*
 * segment — article text → sentences and tokens (spans into the original input).
 *
 * Input: a tac_doc whose ingest layer is filled (text, map, blocks); a doc
 * with no blocks is treated as plain text whose paragraphs are separated by
 * blank lines (those paragraph blocks are added to doc->blocks). Output:
 * doc->sentences, doc->tokens, doc->pool (normalized forms, lemmas), POS tags.
 * Ownership: everything lives in doc->arena. Idempotent (doc->segmented).
 * Complexity: linear in the text; no allocation per token (arrays grow
 * geometrically). Failure: TAC_ERR_NOMEM; TAC_ERR_LIMIT when the article has
 * more than limits.max_sentences sentences (the doc is left unsegmented).
 */
#ifndef TAC_SEGMENT_H
#define TAC_SEGMENT_H

#include "core/doc.h"
#include "segment/tagger.h"

/*
 * Sentences. ICU's sentence iterator (locale "en@ss=standard") proposes
 * boundaries inside each prose block; then these corrections apply:
 *  - no boundary after a title or abbreviation that cannot end a sentence
 *    (Mr. Dr. Gen. Lt. St. Sen. Gov. …), after a month abbreviation or "No."
 *    before a number, or after an initial ("P.J.", "W.") before a capital;
 *  - no boundary before a word that starts in lower case or a digit that
 *    continues an abbreviation;
 *  - a boundary after an abbreviation that can end a sentence ("U.S.",
 *    "Inc.") when the next word is a common sentence opener ("The", "He" …);
 *  - a heading block is always exactly one sentence (TAC_SENTF_HEADING);
 *  - closing quotes and brackets after the final period stay in the sentence
 *    (ICU's rule), datelines ("BEIRUT (Reuters) -") carry no terminal
 *    punctuation and so stay part of the first sentence;
 *  - single line breaks inside a block are read as spaces.
 * Limits: a sentence longer than limits.max_sentence_tokens tokens or
 * limits.max_sentence_bytes bytes is cut after the last comma, semicolon,
 * colon or dash in the second half of the allowed window, else at the limit;
 * the part before the cut carries TAC_SENTF_SPLIT. A single token is at most
 * TAC_MAX_TOKEN_BYTES bytes (longer runs are cut at a character boundary).
 *
 * Tokens (kind, surface):
 *  - words: letters, digits and marks; internal hyphens ("al-Assad",
 *    "China-Syria"), internal apostrophes ("O'Brien"), "&" between capitals
 *    ("AT&T") and dots between letters/digits ("example.com") stay inside;
 *  - clitics are split PTB-style: "Assad's" → "Assad" "'s"; "didn't" →
 *    "did" "n't"; likewise 're 've 'll 'd 'm;
 *  - abbreviations keep their period and get TAC_TOKF_ABBREV: letter–period
 *    sequences ("U.S.", "P.J.", "a.m."), single capital initials ("W."), and
 *    a list of titles, months and business abbreviations ("Gen.", "Sept.",
 *    "Inc."); "No." only before a number;
 *  - numbers (TAC_TOK_NUMBER) start with a digit: "3.5", "1,200", "10:30",
 *    "4bn", "1990s", "24-hour"; currency signs and "%" are separate symbol
 *    tokens: "$4bn" → "$" "4bn", "3.5%" → "3.5" "%";
 *  - punctuation: one token per mark, except runs of "." (ellipsis "..."),
 *    "-" ("--"), "!" and "?" which form one token;
 *  - flags: CAP, ALLCAPS (≥ 2 letters, none lower case), SENT_START, QUOTE
 *    (inside “…”, "…" or ‘…’; the marks themselves are not flagged),
 *    SPACE_BEFORE.
 *  - norm: tac_norm_word() of the surface; lemma: see tagger.h.
 */

#define TAC_SENTF_HEADING 0x0001  /* the block is a heading: one sentence      */
#define TAC_SENTF_SPLIT   0x0002  /* cut at a length limit; continues next     */
#define TAC_SENTF_TITLE   0x0004  /* the heading is the article's headline     */

#define TAC_MAX_TOKEN_BYTES 1024

/* Internal: true when ICU's sentence iterator cannot find a boundary inside
 * t[0..len) (UTF-8; line breaks read as spaces), so it need not run. */
bool tac_seg_one_sentence(const char *t, size_t len);

/* Options for tac_doc_segment_with (bit flags). */
#define TAC_SEGMENT_NO_TAG 0x0001 /* skip POS tags and lemmas (pos = 0,
                                     lemma = norm)                             */

/* tac_doc_segment with options; tac_doc_segment(doc, err) is opts = 0. */
tac_status tac_doc_segment_with(tac_doc *doc, unsigned opts, tac_error *err);

/* Convenience for tests and tools: a new doc over a plain string, segmented.
 * Caller frees with tac_doc_free. NULL on OOM or error (err filled). */
tac_doc *tac_segment_string(const char *s, size_t len, const tac_limits *lim,
                            tac_error *err);

#endif
