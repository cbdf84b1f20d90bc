-- One kind of request for wrk (bench/load.py starts one wrk per kind, all at once):
--   wrk -t1 -cN -dS -s bench/load.lua http://127.0.0.1:PORT -- METHOD PATH COOKIE [BODY]
-- The cookie is a signed-in session taken beforehand; a POST's body carries the CSRF token
-- taken beforehand from the same session. done() prints one line, "BENCH {json}".

local prepared

function init(args)
  local method, path, cookie, body = args[1], args[2], args[3], args[4]
  local headers = { ["Cookie"] = cookie }
  if method == "POST" then
    headers["Content-Type"] = "application/x-www-form-urlencoded"
  end
  prepared = wrk.format(method, path, headers, body)
end

function request()
  return prepared
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH {"requests": %d, "duration_us": %d, "bytes": %d, "non_2xx_3xx": %d, '
      .. '"connect_errors": %d, "read_errors": %d, "write_errors": %d, "timeouts": %d, '
      .. '"p50_us": %d, "p95_us": %d, "p99_us": %d, "max_us": %d}\n',
    summary.requests, summary.duration, summary.bytes, e.status,
    e.connect, e.read, e.write, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max
  ))
end
