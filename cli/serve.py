"""`pactwatch serve`: the deployments of prefect.yaml served by this one process (no work pool, no worker)."""
from __future__ import annotations

from pathlib import Path


def add_parser(sub) -> None:
    """Register `serve` on the `pactwatch` subparsers (flows are imported only when `serve` runs: every command
    builds this parser)."""
    p = sub.add_parser("serve", help="serve the scheduled deployments (ingest, backfill, report) from this process",
                       description="Register the deployments of prefect.yaml with the Prefect API "
                       "($PREFECT_API_URL, e.g. a `prefect server start`) and run their scheduled and triggered "
                       "runs in this process until Ctrl-C. No work pool or worker is needed.",
                       epilog="example: PREFECT_API_URL=http://127.0.0.1:4200/api pactwatch serve")
    p.add_argument("--file", help="the prefect.yaml to serve (default: the checkout's)")
    p.add_argument("--limit", type=int, default=1,
                   help="runs at a time in this process (default 1: one writer on the warehouse)")
    p.set_defaults(func=run)


def run(args) -> int:
    """Build the runner deployments and serve them until interrupted."""
    import sys

    from cli.common import UsageError
    from flows.deployments import PREFECT_YAML, runner_deployments

    args.file = args.file or str(PREFECT_YAML)
    if not Path(args.file).is_file():
        raise UsageError(f"deployments file not found: {args.file}")
    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    deployments = runner_deployments(args.file, warn=lambda m: print(f"pactwatch: {m}", file=sys.stderr))
    if not deployments:
        raise UsageError(f"{args.file}: no deployments to serve")
    serve_until_stopped(deployments, limit=args.limit)
    print("pactwatch: serve stopped", file=sys.stderr)
    return 0


def serve_until_stopped(deployments: list, limit: int) -> None:
    """`prefect.serve`, stopping cleanly on Ctrl-C and SIGTERM: the runner's stop is awaited in its own loop.

    Prefect's own SIGTERM handler calls the runner's `stop()` inside the event loop, where it only makes a
    coroutine nobody awaits ("coroutine 'Runner.astop' was never awaited") and exits at once."""
    import asyncio
    import signal

    from prefect.flows import _display_serve_start_message
    from prefect.runner import Runner

    stopping: list = []  # the stop task (kept referenced); a second signal while stopping does nothing more
    main_task: list = []

    def stop_soon() -> None:
        if stopping:
            return
        if runner.started:
            stopping.append(asyncio.ensure_future(runner.astop()))
        else:  # still starting: nothing to stop yet, so stop starting
            stopping.append(main_task[0])
            main_task[0].cancel()

    class _Runner(Runner):
        def handle_sigterm(self, *_args) -> None:  # runs in the loop's thread, between callbacks
            self._logger.info("SIGTERM received, shutting down...")
            (self._loop or asyncio.get_event_loop()).call_soon_threadsafe(stop_soon)

    runner = _Runner(pause_on_shutdown=True, limit=limit)
    for d in deployments:
        d.work_pool_name = None  # served here: no work pool
        runner.add_deployment(d)

    async def main() -> None:
        main_task.append(asyncio.current_task())
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop_soon)
        _display_serve_start_message(*deployments)  # "being served": from here on a signal stops it cleanly
        await runner.start()

    try:
        asyncio.run(main())
    except (KeyboardInterrupt, asyncio.CancelledError):  # stopped while still starting
        pass
