// Command concord-ferretdb runs an embedded FerretDB (MongoDB wire protocol on SQLite)
// for Concord's development default, tests and CI. Production uses a real MongoDB.
//
// It holds an exclusive lock on <dir>/engine.lock for its whole life, so that only one
// engine ever opens the SQLite files of a data folder, and it writes <dir>/engine.json
// (pid and URI) once it listens, so that other Concord processes can share it.
// It exits on SIGINT/SIGTERM and, when --parent-pid is given, when that process is gone.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

// exitLocked tells the caller that another engine already serves this data folder.
const exitLocked = 3

type engineInfo struct {
	PID int    `json:"pid"`
	URI string `json:"uri"`
}

func main() {
	listen := flag.String("listen", "127.0.0.1:0", "TCP address to listen on (loopback)")
	dir := flag.String("dir", "", "data folder; SQLite files go to <dir>/sqlite")
	parentPID := flag.Int("parent-pid", 0, "exit when this process is gone (0: never)")
	logLevel := flag.String("log-level", "warn", "debug, info, warn or error")
	flag.Parse()

	if *dir == "" {
		fail("--dir is required")
	}

	sqliteDir := filepath.Join(*dir, "sqlite")
	if err := os.MkdirAll(sqliteDir, 0o700); err != nil {
		fail("cannot create %s: %v", sqliteDir, err)
	}

	lock, err := os.OpenFile(filepath.Join(*dir, "engine.lock"), os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		fail("cannot open lock file: %v", err)
	}
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		fmt.Fprintf(os.Stderr, "concord-ferretdb: another engine holds %s\n", lock.Name())
		os.Exit(exitLocked)
	}

	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fail("bad --log-level: %v", err)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *listen},
		Logger:    logger,
		Handler:   "sqlite",
		SQLiteURL: "file:" + sqliteDir + "/",
	})
	if err != nil {
		fail("%v", err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	if *parentPID > 0 {
		go watchParent(*parentPID, stop)
	}

	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := f.Run(ctx); err != nil {
			logger.Error("engine stopped", "error", err)
		}
	}()

	// MongoDBURI blocks until the listener is bound, so the port is known here.
	info := engineInfo{PID: os.Getpid(), URI: f.MongoDBURI()}
	infoPath := filepath.Join(*dir, "engine.json")
	if err := writeAtomically(infoPath, info); err != nil {
		stop()
		<-done
		fail("cannot write %s: %v", infoPath, err)
	}
	line, _ := json.Marshal(info)
	fmt.Println(string(line))

	<-done
	_ = os.Remove(infoPath)
	_ = lock.Close()
}

func watchParent(pid int, stop context.CancelFunc) {
	for {
		time.Sleep(500 * time.Millisecond)
		if err := syscall.Kill(pid, 0); err != nil || os.Getppid() != pid {
			stop()
			return
		}
	}
}

func writeAtomically(path string, info engineInfo) error {
	data, err := json.Marshal(info)
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "concord-ferretdb: "+format+"\n", args...)
	os.Exit(1)
}
