## After the chat: up to three optional questions, one tap each, skippable
## (see "survey" in docs/protocol.md). The answers are counted, never kept one by one.

survey-heading = Ещё три вопроса, если хочешь
survey-note = Их можно пропустить. Никто не узнает, какие ответы твои.
survey-listened = Ты чувствуешь, что тебя выслушали?
survey-next-steps = Ты знаешь, что делать дальше?
survey-come-back = Захочешь ли ты написать нам снова?
survey-yes = Да
survey-not-sure = Не знаю
survey-no = Нет
survey-send = Отправить ответы
survey-skip = Пропустить
survey-thanks = Спасибо за ответы.
