## What the child's page says while nobody who speaks their language is on duty, and
## of the counsellor's connection during the chat (see "Presence" in docs/protocol.md).

queue-unstaffed-place = { $position ->
    [1] عندما يأتي شخص يتكلم لغتك، سيكون دورك الأول في الصف.
   *[other] عندما يأتي شخص يتكلم لغتك، مكانك في الدور: { $position }
}
queue-unstaffed-unknown = لا نعرف بعد متى سيكون هنا شخص يتكلم لغتك.
queue-unstaffed-reader = يوجد هنا شخص يتكلم لغة أخرى تقرؤها، وقد يجيبك.
presence-counsellor-connection-lost = انقطع اتصال { $name }. ابقَ هنا: إذا لم يعد خلال بضع دقائق، فسيجيبك المرشد التالي.
