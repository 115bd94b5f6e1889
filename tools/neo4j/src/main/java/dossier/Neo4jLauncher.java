// Starts Neo4j 5 (community, embedded) with Bolt on 127.0.0.1, authentication on, APOC core; stops cleanly on SIGTERM/SIGINT.
package dossier;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/** Usage: Neo4jLauncher --port 7687 --data DIR [--plugins DIR]; password from NEO4J_PASSWORD (default dossier-test). */
public final class Neo4jLauncher {
  private Neo4jLauncher() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) options.put(args[i], args[i + 1]);
    int port = Integer.parseInt(options.getOrDefault("--port", "7687"));
    Path data = Path.of(options.getOrDefault("--data", ".neo4j/data")).toAbsolutePath();
    Path plugins = Path.of(options.getOrDefault("--plugins", "tools/neo4j/target/plugins")).toAbsolutePath();
    String password = System.getenv().getOrDefault("NEO4J_PASSWORD", "dossier-test");
    if (password.length() < 8) throw new IllegalArgumentException("NEO4J_PASSWORD must have at least 8 characters");
    Files.createDirectories(data);

    Map<String, String> config = new LinkedHashMap<>();
    config.put("server.bolt.enabled", "true");
    config.put("server.bolt.listen_address", "127.0.0.1:" + port);
    config.put("server.bolt.advertised_address", "127.0.0.1:" + port);
    config.put("dbms.security.auth_enabled", "true");
    config.put("server.directories.plugins", plugins.toString());
    config.put("dbms.security.procedures.unrestricted", "apoc.*,gds.*");
    config.put("server.memory.pagecache.size", System.getenv().getOrDefault("NEO4J_PAGECACHE", "256m"));
    config.put("db.memory.transaction.max", System.getenv().getOrDefault("NEO4J_TRANSACTION_MEMORY", "512m"));
    config.put("db.shutdown_transaction_end_timeout", "2s");
    config.put("dbms.memory.transaction.total.max", System.getenv().getOrDefault("NEO4J_TRANSACTION_MEMORY_TOTAL", "768m"));
    StringBuilder conf = new StringBuilder("# Written by the Dossier launcher at each start.\n");
    config.forEach((key, value) -> conf.append(key).append('=').append(value).append('\n'));
    Path confFile = data.resolve("neo4j.conf");
    Files.writeString(confFile, conf.toString());
    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(data).loadPropertiesFromFile(confFile).build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dbms.shutdown();
      stopped.countDown();
    }, "neo4j-shutdown"));

    try {
      dbms.database("system").executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException sameAsBefore) {
      // A restart on the same data: the password is set already.
    }
    waitForBolt(port);
    System.out.println("neo4j ready at bolt://127.0.0.1:" + port);
    System.out.flush();
    stopped.await();
  }

  private static void waitForBolt(int port) throws InterruptedException {
    for (int attempt = 0; attempt < 600; attempt++) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (java.io.IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("Bolt did not open on port " + port);
  }
}
