# The EU-wide numbers built into the referral directory (server/src/directory/seed.rs).
# A counsellor sends them to a child as a card, so: plain words a ten-year-old
# understands, short. Keep the numbers exactly as they are. Say only what is true in
# every EU country: 116 111 and 116 000 do not work everywhere yet ("most EU
# countries"), and 116 111's opening hours differ from country to country.

service-eu-116111-name = 116 111 – Child helpline
service-eu-116111-description = A free helpline for children in most EU countries. You can talk about anything that worries you. When it is open depends on the country.

service-eu-116000-name = 116 000 – Missing children
service-eu-116000-description = A free number in most EU countries for when a child is missing. Call if someone is missing, or if you ran away and need help.

service-eu-112-name = 112 – Emergency
service-eu-112-description = Free, day and night, in every EU country. Call if you or someone else is in danger right now.
