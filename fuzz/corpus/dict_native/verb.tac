verb V
  lemma go; break down
  form went
  code 042
  pattern 042 $ * +
  pattern --- * &X
synset X
  word y
