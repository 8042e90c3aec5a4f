package nl.bijeen.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two requests of one organiser's session that add the same attribute at the same moment both succeed (an
 * upsert, not an insert that meets the primary key), and the session keeps one value. On H2 and PostgreSQL.
 */
@SpringBootTest
abstract class SharedSessionsContract {

	@Autowired
	@SuppressWarnings("rawtypes")
	SessionRepository sessions;

	@Test
	@SuppressWarnings("unchecked")
	void twoRequestsAddingTheSameAttributeAtOnceBothSucceed() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 20; round++) {
				Session session = this.sessions.createSession();
				session.setAttribute("signed-in", "yes");
				this.sessions.save(session);
				String id = session.getId();
				CountDownLatch start = new CountDownLatch(1);
				List<Future<?>> requests = new ArrayList<>();
				for (int request = 0; request < 2; request++) {
					String value = "value-" + request;
					requests.add(pool.submit(() -> {
						Session mine = this.sessions.findById(id);
						mine.setAttribute("csrf", value);
						start.await();
						this.sessions.save(mine);
						return null;
					}));
				}
				start.countDown();
				for (Future<?> request : requests) {
					request.get();
				}
				assertThat((String) ((Session) this.sessions.findById(id)).getAttribute("csrf")).startsWith("value-");
				this.sessions.deleteById(id);
			}
		}
		finally {
			pool.shutdown();
		}
	}

}
