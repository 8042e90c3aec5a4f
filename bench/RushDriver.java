import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small load driver for the registration rush: N concurrent clients register over HTTP until a given
 * number of registrations has been sent. Run with the Java source launcher:
 *
 * <pre>java bench/RushDriver.java BASE_URL EVENT_ID EVENT_SLUG ROUND_ID SESSION_IDS CLIENTS REQUESTS MODE</pre>
 *
 * MODE is {@code api} (JSON POST with an Idempotency-Key) or {@code form} (GET the form for its signed CSRF
 * token and one-time token, then POST it, as a browser does; no session cookie is needed). Prints one line of key=value figures.
 */
public class RushDriver {

	public static void main(String[] args) throws Exception {
		String base = args[0];
		long eventId = Long.parseLong(args[1]);
		String slug = args[2];
		long roundId = Long.parseLong(args[3]);
		long[] sessions = Arrays.stream(args[4].split(",")).mapToLong(Long::parseLong).toArray();
		int clients = Integer.parseInt(args[5]);
		int requests = Integer.parseInt(args[6]);
		String mode = args[7];
		String run = Long.toString(System.currentTimeMillis(), 36);

		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.executor(java.util.concurrent.Executors.newFixedThreadPool(4))
			.build();
		AtomicInteger next = new AtomicInteger();
		long[] latencies = new long[requests];
		Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
		CountDownLatch start = new CountDownLatch(1);
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			Thread t = new Thread(() -> {
				try {
					start.await();
					int i;
					while ((i = next.getAndIncrement()) < requests) {
						long session = sessions[i % sessions.length];
						String email = "rush-" + run + "-" + i + "@example.org";
						long t0 = System.nanoTime();
						int status = mode.equals("form") ? form(http, base, slug, roundId, session, email)
								: api(http, base, eventId, roundId, session, email, run + "-" + i);
						latencies[i] = System.nanoTime() - t0;
						statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
					}
				}
				catch (Exception ex) {
					statuses.computeIfAbsent(-1, s -> new AtomicLong()).incrementAndGet();
					System.err.println("client failed: " + ex);
				}
			});
			t.start();
			threads.add(t);
		}
		long began = System.nanoTime();
		start.countDown();
		for (Thread t : threads) {
			t.join();
		}
		double seconds = (System.nanoTime() - began) / 1e9;
		long[] sorted = latencies.clone();
		Arrays.sort(sorted);
		System.out.printf(java.util.Locale.ROOT,
				"mode=%s clients=%d requests=%d seconds=%.2f rate=%.1f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f statuses=%s cookies_set=%d%n",
				mode, clients, requests, seconds, requests / seconds, pct(sorted, 50), pct(sorted, 99),
				sorted[sorted.length - 1] / 1e6, new TreeMap<>(statuses), COOKIES_SET.get());
		System.exit(0);
	}

	static double pct(long[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

	static int api(HttpClient http, String base, long eventId, long roundId, long session, String email, String key)
			throws Exception {
		String json = "{\"name\":\"Deelnemer " + key + "\",\"email\":\"" + email
				+ "\",\"organisation\":\"Wijkteam\",\"jobTitle\":\"Sociaal werker\",\"consent\":true,\"choices\":{\""
				+ roundId + "\":" + session + "}}";
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/events/" + eventId + "/registrations"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");

	private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");

	private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

	static int form(HttpClient http, String base, String slug, long roundId, long session, String email)
			throws Exception {
		String url = base + "/evenementen/" + slug + "/aanmelden";
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		String cookie = page.headers().allValues("set-cookie").stream().map(c -> c.split(";", 2)[0])
			.reduce((a, b) -> a + "; " + b).orElse("");
		StringBuilder body = new StringBuilder();
		Matcher hidden = HIDDEN.matcher(page.body());
		while (hidden.find()) {
			Matcher n = NAME.matcher(hidden.group());
			Matcher v = VALUE.matcher(hidden.group());
			if (n.find()) {
				String name = n.group(1);
				String value = v.find() ? v.group(1) : "";
				if (!name.toLowerCase().contains("website") && !name.toLowerCase().contains("honey")) {
					append(body, name, value);
				}
			}
		}
		append(body, "name", "Deelnemer " + email);
		append(body, "email", email);
		append(body, "organisation", "Wijkteam");
		append(body, "jobTitle", "Sociaal werker");
		append(body, "consent", "true");
		append(body, "choices[" + roundId + "]", Long.toString(session));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()));
		// bijeen gives anonymous visitors no session: the form's signed token is all it needs. A cookie is
		// sent back only if the server set one (older versions did).
		if (!cookie.isEmpty()) {
			request.header("Cookie", cookie);
			COOKIES_SET.incrementAndGet();
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	/** How many form pages came with a cookie (a session): 0 for a session-less form. */
	static final AtomicLong COOKIES_SET = new AtomicLong();

	static void append(StringBuilder body, String name, String value) {
		if (body.length() > 0) {
			body.append('&');
		}
		body.append(java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))
			.append('=')
			.append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
	}

}
