-- Citizens searching the register: each connection sends a search, waits 250-750 ms (a person reading the answer)
-- and sends the next, with words drawn from the register's vocabulary, rare to common (bench/register-seed.sql).
-- The path before the words comes after "--": wrk ... URL -- /api/ppid/entries?q=
local words = {
  "pesut", "banjir", "sawit", "perikanan", "samarinda", "berau", "sampah", "jalan", "kesehatan", "pendidikan",
  "statistik", "rencana", "anggaran", "kinerja", "keuangan", "tahunan", "realisasi", "laporan", "laporan kinerja", "anggaran 2023",
}
local prefix
init = function(args)
  prefix = args[1]
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end
request = function()
  return wrk.format("GET", prefix .. words[math.random(#words)]:gsub(" ", "+"))
end
delay = function()
  return math.random(250, 750)
end
