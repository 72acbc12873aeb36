## After the chat: up to three optional questions, one tap each, skippable
## (see "survey" in docs/protocol.md). The answers are counted, never kept one by one.

survey-heading = که غواړې، درې نورې پوښتنې
survey-note = ته یې پرېښودلی شې. هېڅوک به ونه پوهېږي چې کوم ځوابونه ستا دي.
survey-listened = ایا داسې دې احساس کړل چې موږ ستا خبرو ته غوږ ونیو؟
survey-next-steps = ایا پوهېږې چې وروسته څه کولی شې؟
survey-come-back = ایا بیا به موږ ته راشې؟
survey-yes = هو
survey-not-sure = نه پوهېږم
survey-no = نه
survey-send = ځوابونه ولېږه
survey-skip = پرېږده
survey-thanks = ستا د ځوابونو مننه.
