'use strict';
// What an extend answers (the Login shape of specs/veridata.yaml): the static servers answer this same JSON.
// The token is a JWT as long as the ones the mock signs.
const TOKEN =
  'eyJraWQiOiJzaWduLW1vY2stMSIsInR5cCI6IkpXVCIsImFsZyI6IkhTMjU2In0.eyJzdWIiOiJ2ZXJpZGF0YSIsImlhdCI6MTc2NzIyNTYwMCwiZXhwIjo0MTAyNDQ0ODAwLCJzaWQiOiJmaXh0dXJlLXZlcmlkYXRhLXZhbGlkIiwianRpIjoiMDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAxIn0.sRvkSKCCkr2VCyf3vIsdpSGwZVbY75uM0bYfyEgM8N4';

module.exports = { EXTEND_BODY: { roles: ['ADMINISTRATOR'], token: TOKEN, userId: 1004 }, FIXTURE_TOKEN: TOKEN };
