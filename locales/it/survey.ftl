## After the chat: up to three optional questions, one tap each, skippable
## (see "survey" in docs/protocol.md). The answers are counted, never kept one by one.

survey-heading = Altre tre domande, se vuoi
survey-note = Puoi saltarle. Nessuno saprà quali risposte sono tue.
survey-listened = Ti è sembrato che ti ascoltassimo?
survey-next-steps = Sai cosa puoi fare adesso?
survey-come-back = Torneresti a parlare con noi?
survey-yes = Sì
survey-not-sure = Non so
survey-no = No
survey-send = Invia le risposte
survey-skip = Salta
survey-thanks = Grazie per le tue risposte.
