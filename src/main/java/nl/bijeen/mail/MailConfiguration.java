package nl.bijeen.mail;

import java.time.Clock;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The background sender of this instance and the poller that runs it.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

	@Bean
	OutboxSender outboxSender(OutboxMails mails, JavaMailSender mailSender, OutboxProperties properties,
			OutboxMetrics metrics, PlatformTransactionManager transactionManager, List<MailWriter> writers) {
		return new OutboxSender(mails, mailSender, properties, metrics, new TransactionTemplate(transactionManager),
				properties.instanceIdOrDefault(), Clock.systemUTC(), writers);
	}

	@Bean
	OutboxPoller outboxPoller(OutboxSender sender, OutboxProperties properties) {
		return new OutboxPoller(sender, properties);
	}

}
