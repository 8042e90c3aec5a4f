package nl.bijeen.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.bijeen.accounts.AccountSeeds;

import nl.bijeen.common.Zones;
import nl.bijeen.events.EventSeeds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an installation without events with demo content, in one transaction: all or nothing.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class DemoContent implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

	private final DemoProperties properties;

	private final EventSeeds events;

	private final DemoDirectory directory;

	private final DemoEvents demoEvents;

	private final DemoArticles articles;

	private final TransactionTemplate transactions;

	private final DemoAccounts demoAccounts;

	private final DemoNewsletters newsletters;

	private final DemoInsights insights;

	private final DemoMailings mailings;

	private final DemoEvaluation evaluation;

	private final DemoAttendance attendance;

	DemoContent(DemoProperties properties, EventSeeds events, DemoDirectory directory, DemoEvents demoEvents,
			DemoArticles articles, TransactionTemplate transactions, DemoAccounts demoAccounts,
			DemoNewsletters newsletters, DemoInsights insights, DemoAttendance attendance, DemoEvaluation evaluation,
			DemoMailings mailings) {
		this.evaluation = evaluation;
		this.attendance = attendance;
		this.mailings = mailings;
		this.newsletters = newsletters;
		this.insights = insights;
		this.demoAccounts = demoAccounts;
		this.properties = properties;
		this.events = events;
		this.directory = directory;
		this.demoEvents = demoEvents;
		this.articles = articles;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.isEnabled() || this.events.anyEvent()) {
			return;
		}
		LocalDate today = LocalDate.now(Zones.AMSTERDAM);
		List<AccountSeeds.Created> accounts = new ArrayList<>();
		int created = this.transactions.execute(status -> {
			DemoDirectory.Directory directory = this.directory.create();
			accounts.addAll(this.demoAccounts.create(directory));
			int events = this.demoEvents.create(directory, today);
			this.articles.create(directory, today);
			this.newsletters.create(directory, today);
			this.insights.create();
			this.attendance.create(directory);
			this.evaluation.create();
			this.mailings.create();
			return events;
		});
		log.info("bijeen: demo content loaded ({} events). Switch it off with bijeen.demo.enabled=false.", created);
		DemoAccounts.print(accounts);
	}

}
