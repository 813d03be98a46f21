// message listeners' payloads: Spring Kafka, AMQP, SQS
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import io.awspring.cloud.sqs.annotation.SqsListener;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.handler.annotation.Header;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.amqp.core.Message;

class ListenerProbe {
    javax.sql.DataSource ds;

    @KafkaListener(topics = "t")
    void k(ConsumerRecord<String, String> rec) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + rec.value() + "'");
    }

    @KafkaListener(topics = "t")
    void k2(@Payload String payload, @Header("kafka_receivedMessageKey") String key) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + payload + key + "'");
    }

    @RabbitListener(queues = "q")
    void r(Message message) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + new String(message.getBody()) + "'");
    }

    @SqsListener("q")
    void s(String body) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + body + "'");
    }

    @SqsListener(value = "q")
    void s2(OrderEvent event) throws Exception {
        // ruleid: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = '" + event.name + "'");
    }

    @KafkaListener(topics = "t")
    void n(int count) throws Exception {
        // ok: trace.java.sql-injection.tainted-query
        ds.getConnection().createStatement().executeQuery("SELECT * FROM t WHERE a = " + count);
    }
}

class OrderEvent { String name; }
