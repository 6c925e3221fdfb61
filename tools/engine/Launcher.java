// Concord's embedded database engine: mongo-java-server (MongoDB wire protocol) on its H2 MVStore
// backend, for the development default, tests and CI. Production uses a real MongoDB.
//
// Contract with src/db/engine.ts:
// - one engine per data folder: it holds an exclusive lock on <dir>/engine.lock for its whole
//   life and exits with code 3 when another engine has it;
// - once it listens it writes <dir>/engine.json ({"pid":…,"uri":…}) and prints the same line on
//   stdout; log lines go to stderr;
// - every Concord process that uses it leaves a file named after its pid in <dir>/engine-users/;
//   the engine stops by itself once none of those processes is alive (and removes stale files);
// - SIGTERM (or the last user leaving) commits and closes the store: a clean stop loses nothing.
//   Writes are committed to disk within 200 ms, so a SIGKILL loses at most the last 200 ms.

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import de.bwaldvogel.mongo.MongoBackend;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

public final class Launcher {
    static final int EXIT_LOCKED = 3;
    static final int EXIT_FAILED = 1;
    static final long USER_POLL_MS = 500;
    /** Writes reach the store file within this delay: what a SIGKILL of the engine can lose. */
    static final int COMMIT_DELAY_MS = 200;
    /** The engine stops after this long without a live user (covers a user that is just joining). */
    static final long IDLE_GRACE_MS = 2000;

    public static void main(String[] args) throws Exception {
        String dir = null;
        int cacheMb = 256;
        String host = "127.0.0.1";
        int port = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dir": dir = args[++i]; break;
                case "--cache-mb": cacheMb = Integer.parseInt(args[++i]); break;
                case "--host": host = args[++i]; break;
                case "--port": port = Integer.parseInt(args[++i]); break;
                default: fail("unknown argument " + args[i]);
            }
        }
        if (dir == null) fail("--dir is required");

        Path folder = Path.of(dir).toAbsolutePath();
        Files.createDirectories(folder.resolve("engine-users"));

        FileChannel lockChannel = new RandomAccessFile(folder.resolve("engine.lock").toFile(), "rw").getChannel();
        FileLock lock;
        try {
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            log("another engine holds " + folder.resolve("engine.lock"));
            System.exit(EXIT_LOCKED);
        }

        File storeFile = folder.resolve("store.mv.db").toFile();
        long sizeMb = storeFile.exists() ? storeFile.length() / (1024 * 1024) : 0;
        log("opening store " + storeFile.getName() + " (" + sizeMb + " MB, cache " + cacheMb + " MB)");
        long started = System.nanoTime();
        Thread opening = progress("still opening the store", started);
        MVStore store = new MVStore.Builder().fileName(storeFile.getPath()).cacheSize(cacheMb).open();
        store.setAutoCommitDelay(COMMIT_DELAY_MS);
        H2Backend backend = new H2Backend(store);
        opening.interrupt();
        log("store open in " + (System.nanoTime() - started) / 1_000_000 + " ms");

        MongoServer server = new MongoServer(pinningVersions(backend, store));
        server.bind(host, port);
        int boundPort = server.getLocalAddress().getPort();
        long pid = ProcessHandle.current().pid();
        String info = "{\"pid\":" + pid + ",\"uri\":\"mongodb://" + host + ":" + boundPort + "/\"}";
        Path infoPath = folder.resolve("engine.json");

        AtomicBoolean stopped = new AtomicBoolean();
        Runnable stop = () -> {
            if (!stopped.compareAndSet(false, true)) return;
            try {
                String current = Files.exists(infoPath) ? Files.readString(infoPath) : "";
                if (current.contains("\"pid\":" + pid + ",")) Files.deleteIfExists(infoPath);
            } catch (IOException ignored) {
                // the folder may be gone already; nothing else to clean
            }
            server.shutdownNow();
            backend.close();
            if (!store.isClosed()) store.close();
            log("stopped, store closed");
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "concord-engine-stop"));

        writeAtomically(infoPath, info);
        System.out.println(info);
        System.out.flush();
        log("listening on " + host + ":" + boundPort);
        warmUp(store);

        watchUsers(folder.resolve("engine-users"));
        System.exit(0);
    }

    /** Returns once no process named in the users folder has been alive for IDLE_GRACE_MS. */
    static void watchUsers(Path users) throws InterruptedException {
        long idleSince = -1;
        while (true) {
            Thread.sleep(USER_POLL_MS);
            boolean anyAlive = false;
            File[] entries = users.toFile().listFiles();
            if (entries != null) {
                for (File entry : entries) {
                    long userPid;
                    try {
                        userPid = Long.parseLong(entry.getName());
                    } catch (NumberFormatException e) {
                        continue;
                    }
                    if (ProcessHandle.of(userPid).map(ProcessHandle::isAlive).orElse(false)) anyAlive = true;
                    else entry.delete();
                }
            }
            long now = System.nanoTime();
            if (anyAlive) idleSince = -1;
            else if (idleSince < 0) idleSince = now;
            else if ((now - idleSince) / 1_000_000 >= IDLE_GRACE_MS) {
                log("no Concord process uses the engine any more; stopping");
                return;
            }
        }
    }

    /**
     * The backend with every request pinning the store version it reads. mongo-java-server reads
     * the H2 maps directly, without registering the version it reads as H2's own SQL engine does.
     * The store's background thread (auto-commit every COMMIT_DELAY_MS and auto-compaction, which
     * rewrites half-empty chunks, all the more when the store is idle) then frees chunks that no
     * longer hold live pages of the newest version, once they are older than the retention time
     * (45 s, counted from when the chunk was written, not from when it died). A read that started
     * on an older version and still needs a page of such a chunk failed with "Chunk N not found":
     * the first full scan of a large, freshly written store, or any long read during writes. A
     * registered version is kept with its chunks until the request ends; cursors hold documents,
     * not store pages, so a request's reads all happen within its call.
     */
    static MongoBackend pinningVersions(MongoBackend backend, MVStore store) {
        return (MongoBackend) Proxy.newProxyInstance(MongoBackend.class.getClassLoader(), new Class<?>[] {MongoBackend.class}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) return method.invoke(backend, args);
            try {
                return pinned(store, () -> {
                    try {
                        return method.invoke(backend, args);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    } catch (InvocationTargetException e) {
                        throw new Wrapped(e.getCause());
                    }
                });
            } catch (Wrapped e) {
                throw e.getCause();
            }
        });
    }

    /** Runs `read` with the store's current version (and every chunk it uses) kept until it returns. */
    static <T> T pinned(MVStore store, Supplier<T> read) {
        MVStore.TxCounter version = store.isClosed() ? null : store.registerVersionUsage();
        try {
            return read.get();
        } finally {
            if (version != null) store.deregisterVersionUsage(version);
        }
    }

    /** Carries a backend's exception through {@link #pinned} unchanged. */
    static final class Wrapped extends RuntimeException {
        Wrapped(Throwable cause) {
            super(cause);
        }
    }

    /**
     * Reads every collection once in the background so that its pages sit decoded in the cache:
     * decoding is most of the cost of the first query over a freshly opened store. Queries are
     * served meanwhile; they only find less of the store decoded.
     */
    static void warmUp(MVStore store) {
        Thread t = new Thread(() -> {
            long started = System.nanoTime();
            long documents = 0;
            try {
                for (String name : store.getMapNames()) {
                    if (!name.startsWith("databases.")) continue;
                    MVMap<Object, Object> map = store.openMap(name);
                    // pinned like a request: a chunk freed under a long iteration fails it
                    documents += pinned(store, () -> {
                        long n = 0;
                        for (Object ignored : map.values()) n++;
                        return n;
                    });
                }
                log("cache warmed: " + documents + " documents in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            } catch (RuntimeException e) {
                log("cache warm-up stopped: " + e);
            }
        }, "concord-engine-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    static Thread progress(String what, long started) {
        Thread t = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(2000);
                    log(what + " (" + (System.nanoTime() - started) / 1_000_000_000 + " s)");
                }
            } catch (InterruptedException done) {
                // finished
            }
        }, "concord-engine-progress");
        t.setDaemon(true);
        t.start();
        return t;
    }

    static void writeAtomically(Path path, String content) throws IOException {
        Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void log(String message) {
        System.err.println("concord-engine: " + message);
        System.err.flush();
    }

    static void fail(String message) {
        log(message);
        System.exit(EXIT_FAILED);
    }
}
