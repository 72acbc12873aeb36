# The EU-wide numbers of the referral directory, as a child reads them on a card.
# Reference: locales/en/services.ftl (its comment says what may and may not be claimed).

service-eu-116111-name = 116 111 – خط مساعدة الأطفال
service-eu-116111-description = خط مساعدة مجاني للأطفال في معظم دول الاتحاد الأوروبي. يمكنك التحدث عن أي شيء يقلقك. تختلف أوقات العمل من بلد إلى آخر.

service-eu-116000-name = 116 000 – الأطفال المفقودون
service-eu-116000-description = رقم مجاني في معظم دول الاتحاد الأوروبي عندما يُفقد طفل. اتصل إذا كان أحد مفقودًا، أو إذا هربت وتحتاج إلى مساعدة.

service-eu-112-name = 112 – الطوارئ
service-eu-112-description = مجاني، ليلًا ونهارًا، في كل دول الاتحاد الأوروبي. اتصل إذا كنت أنت أو شخص آخر في خطر الآن.
