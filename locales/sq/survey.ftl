## After the chat: up to three optional questions, one tap each, skippable
## (see "survey" in docs/protocol.md). The answers are counted, never kept one by one.

survey-heading = Edhe tri pyetje, nëse do
survey-note = Mund t’i kapërcesh. Askush nuk do ta dijë cilat përgjigje janë të tuat.
survey-listened = A ndjeve se të dëgjuam?
survey-next-steps = A e di çfarë mund të bësh më pas?
survey-come-back = A do të na shkruaje përsëri?
survey-yes = Po
survey-not-sure = Nuk e di
survey-no = Jo
survey-send = Dërgo përgjigjet
survey-skip = Kapërce
survey-thanks = Faleminderit për përgjigjet.
