actor A
  name a
  code ABC 2020010-
