package org.eassms.eas.load;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The machine's floor under the wake path, taken in the same run as the wakes: this shared VM's
 * speed changes from hour to hour, so a wake latency says something only beside a floor measured
 * minutes apart. A bare Kafka producer sends to a bare consumer on a probe topic of the system's
 * broker (the outbox's producer settings: {@code linger.ms=0}, {@code acks=all}, idempotent; the
 * dispatcher's {@code fetch.max.wait.ms}), which publishes each record on Redis to a subscriber,
 * paced as the SMS are. What the wake path takes above this floor is the project's own: its
 * processes, connectors and transactions (BENCHMARKS.md).
 */
final class FloorProbe implements AutoCloseable {
    private static final String TOPIC = "eas.load-floor";
    private static final String CHANNEL = "eas:load-floor";

    /**
     * Per record: send to the consumer's poll, and send to the Redis subscriber, in nanoseconds.
     */
    record Result(long[] kafka, long[] whole) {}

    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> consumer;
    private final Socket publisher;
    private final Socket subscriber;
    private volatile boolean running = true;

    FloorProbe(String bootstrap, String redisHost, int redisPort) throws Exception {
        createTopic(bootstrap);
        Properties produce = new Properties();
        produce.putAll(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                        ProducerConfig.LINGER_MS_CONFIG, "0",
                        ProducerConfig.ACKS_CONFIG, "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true"));
        producer = new KafkaProducer<>(produce, new StringSerializer(), new StringSerializer());
        Properties consume = new Properties();
        consume.putAll(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                        ConsumerConfig.FETCH_MIN_BYTES_CONFIG, "1",
                        ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "100"));
        consumer = new KafkaConsumer<>(consume, new StringDeserializer(), new StringDeserializer());
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        consumer.assign(List.of(partition));
        consumer.seekToEnd(List.of(partition));
        consumer.position(partition);
        publisher = new Socket(redisHost, redisPort);
        publisher.setTcpNoDelay(true);
        subscriber = new Socket(redisHost, redisPort);
        subscriber.setTcpNoDelay(true);
        write(subscriber.getOutputStream(), "SUBSCRIBE", CHANNEL);
        readReply(subscriber.getInputStream());
    }

    /** Sends {@code warmUp + samples} records at {@code rate} a second; counts the last ones. */
    Result measure(int warmUp, int samples, int rate) throws Exception {
        int total = warmUp + samples;
        long[] sent = new long[total];
        long[] polled = new long[total];
        long[] heard = new long[total];
        CountDownLatch arrived = new CountDownLatch(total);
        Thread relay = new Thread(() -> relay(polled), "floor-relay");
        Thread listener = new Thread(() -> listen(heard, arrived), "floor-listener");
        relay.start();
        listener.start();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long next = System.nanoTime();
        for (int i = 0; i < total; i++) {
            sent[i] = System.nanoTime();
            producer.send(new ProducerRecord<>(TOPIC, "floor", Integer.toString(i)));
            next += interval;
            TimeUnit.NANOSECONDS.sleep(Math.max(0, next - System.nanoTime()));
        }
        boolean all = arrived.await(30, TimeUnit.SECONDS);
        running = false;
        relay.join(TimeUnit.SECONDS.toMillis(5));
        if (!all) {
            throw new IllegalStateException(arrived.getCount() + " probe records never arrived");
        }
        listener.join(TimeUnit.SECONDS.toMillis(1));
        long[] kafka = new long[samples];
        long[] whole = new long[samples];
        for (int i = 0; i < samples; i++) {
            kafka[i] = polled[warmUp + i] - sent[warmUp + i];
            whole[i] = heard[warmUp + i] - sent[warmUp + i];
        }
        Arrays.sort(kafka);
        Arrays.sort(whole);
        return new Result(kafka, whole);
    }

    /** The consumer's loop: each record, as the dispatcher does, goes on to Redis at once. */
    private void relay(long[] polled) {
        try {
            OutputStream out = publisher.getOutputStream();
            InputStream in = new BufferedInputStream(publisher.getInputStream());
            while (running) {
                for (ConsumerRecord<String, String> record :
                        consumer.poll(Duration.ofMillis(100))) {
                    polled[Integer.parseInt(record.value())] = System.nanoTime();
                    write(out, "PUBLISH", CHANNEL, record.value());
                    readReply(in);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("the floor probe's Redis publisher failed", e);
        }
    }

    private void listen(long[] heard, CountDownLatch arrived) {
        try {
            InputStream in = new BufferedInputStream(subscriber.getInputStream());
            while (arrived.getCount() > 0) {
                // A pushed message: ["message", channel, payload].
                Object[] message = (Object[]) readReply(in);
                heard[Integer.parseInt((String) message[2])] = System.nanoTime();
                arrived.countDown();
            }
        } catch (IOException e) {
            if (running) {
                throw new IllegalStateException("the floor probe's Redis subscriber failed", e);
            }
        }
    }

    private static void createTopic(String bootstrap) throws Exception {
        try (Admin admin =
                Admin.create(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    /** A command as a RESP array of bulk strings. */
    private static void write(OutputStream out, String... words) throws IOException {
        StringBuilder command = new StringBuilder("*").append(words.length).append("\r\n");
        for (String word : words) {
            byte[] bytes = word.getBytes(StandardCharsets.UTF_8);
            command.append('$').append(bytes.length).append("\r\n").append(word).append("\r\n");
        }
        out.write(command.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** One RESP reply: a String for simple and bulk strings, a Long, or an Object[] for arrays. */
    private static Object readReply(InputStream in) throws IOException {
        String line = readLine(in);
        String rest = line.substring(1);
        return switch (line.charAt(0)) {
            case '+' -> rest;
            case ':' -> Long.parseLong(rest);
            case '$' -> {
                byte[] bytes = in.readNBytes(Integer.parseInt(rest) + 2);
                yield new String(bytes, 0, bytes.length - 2, StandardCharsets.UTF_8);
            }
            case '*' -> {
                Object[] items = new Object[Integer.parseInt(rest)];
                for (int i = 0; i < items.length; i++) {
                    items[i] = readReply(in);
                }
                yield items;
            }
            default -> throw new IOException("Redis answered " + line);
        };
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new IOException("Redis closed the connection");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        running = false;
        producer.close(Duration.ofSeconds(5));
        consumer.close(Duration.ofSeconds(5));
        publisher.close();
        subscriber.close();
    }
}
