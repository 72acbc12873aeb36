## After the chat: up to three optional questions, one tap each, skippable
## (see "survey" in docs/protocol.md). The answers are counted, never kept one by one.

survey-heading = Three more questions, if you like
survey-note = You can skip them. Nobody will know which answers are yours.
survey-listened = Did you feel listened to?
survey-next-steps = Do you know what to do next?
survey-come-back = Would you come back to us?
survey-yes = Yes
survey-not-sure = Not sure
survey-no = No
survey-send = Send my answers
survey-skip = Skip
survey-thanks = Thank you for your answers.
