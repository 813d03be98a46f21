package com.ledgerbay.config;

import com.ledgerbay.domain.BrokerAccount;
import com.ledgerbay.domain.Filing;
import com.ledgerbay.domain.Importer;
import com.ledgerbay.domain.LineItem;
import com.ledgerbay.domain.NotificationTemplate;
import com.ledgerbay.domain.SupportingDocument;
import com.ledgerbay.domain.TariffRate;
import com.ledgerbay.domain.WebhookSubscription;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.cfg.Configuration;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Owns the single SessionFactory and offers small transaction helpers to repositories.
 */
public final class HibernateSessions {

    private static volatile SessionFactory factory;

    private HibernateSessions() {
    }

    public static SessionFactory factory() {
        if (factory == null) {
            synchronized (HibernateSessions.class) {
                if (factory == null) {
                    Configuration cfg = new Configuration().configure("hibernate.cfg.xml");
                    cfg.setProperty("hibernate.connection.password", System.getenv("LEDGERBAY_DB_PASSWORD"));
                    cfg.addAnnotatedClass(Filing.class);
                    cfg.addAnnotatedClass(LineItem.class);
                    cfg.addAnnotatedClass(Importer.class);
                    cfg.addAnnotatedClass(TariffRate.class);
                    cfg.addAnnotatedClass(WebhookSubscription.class);
                    cfg.addAnnotatedClass(SupportingDocument.class);
                    cfg.addAnnotatedClass(BrokerAccount.class);
                    cfg.addAnnotatedClass(NotificationTemplate.class);
                    factory = cfg.buildSessionFactory();
                }
            }
        }
        return factory;
    }

    public static <T> T read(Function<Session, T> work) {
        try (Session session = factory().openSession()) {
            session.setDefaultReadOnly(true);
            return work.apply(session);
        }
    }

    public static <T> T write(Function<Session, T> work) {
        try (Session session = factory().openSession()) {
            Transaction tx = session.beginTransaction();
            try {
                T result = work.apply(session);
                tx.commit();
                return result;
            } catch (RuntimeException e) {
                tx.rollback();
                throw e;
            }
        }
    }

    public static void run(Consumer<Session> work) {
        write(session -> {
            work.accept(session);
            return null;
        });
    }
}
