-- POST one aspiration per request (no attachments). TOKEN comes from the environment (a citizen's bearer token).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local token = os.getenv("TOKEN")
if token and token ~= "" then wrk.headers["Authorization"] = "Bearer " .. token end
wrk.body = '{"kind":"aspiration","title":"Usulan taman baca di kelurahan","description":"Kami mengusulkan taman baca untuk anak-anak karena belum ada perpustakaan di kelurahan kami.","categoryCode":"pendidikan","privacy":"anonymous"}'
