"""Command line: a thin shell over the library; user errors → message + exit 1."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from .labels import CLI_HELP, message
from .problems import InputError, Problems


def _print_problems(problems: Problems, strict: bool) -> None:
    for problem in problems.sorted():
        print(problem, file=sys.stderr)
    errors, warnings = len(problems.errors), len(problems.warnings)
    if errors or warnings:
        mode = message("problem_counts_strict") if strict and warnings else ""
        print(message("problem_counts", errors=errors, warnings=warnings) + mode, file=sys.stderr)


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(message("not_a_date", value=value)) from None


def _speak_vietnamese() -> None:
    """argparse looks its words up through its module's gettext functions at call time."""
    from .labels import ARGPARSE

    argparse._ = lambda text: ARGPARSE.get(text, text)
    argparse.ngettext = lambda one, many, n: ARGPARSE.get(one if n == 1 else many, one if n == 1 else many)


def _parser() -> argparse.ArgumentParser:
    _speak_vietnamese()
    H = CLI_HELP
    parser = argparse.ArgumentParser(prog="kehoach", description=H["prog"])
    sub = parser.add_subparsers(dest="command", required=True, title=H["commands"], metavar=H["command"])

    def command(name: str, run) -> argparse.ArgumentParser:
        cmd = sub.add_parser(name, help=H[name])
        cmd.set_defaults(run=run)
        return cmd

    def source(cmd: argparse.ArgumentParser) -> None:
        cmd.add_argument("--source", type=Path, default=Path("source"), help=H["source"])

    check = command("check", _check)
    source(check)
    check.add_argument("--strict", action="store_true", help=H["strict"])
    for name in ("generate", "build"):
        cmd = command(name, _generate)
        source(cmd)
        cmd.add_argument("--docs", type=Path, default=Path("docs"), help=H["docs"])
        cmd.add_argument("--strict", action="store_true", help=H["strict"])
        cmd.add_argument("--build-date", type=_date, default=None, help=H["build_date"])
        if name == "build":
            cmd.add_argument("--config", type=Path, default=Path("mkdocs.yml"), help=H["config"])
            cmd.add_argument("--site", type=Path, default=Path("site"), help=H["site"])
    serve = command("serve", _serve)
    source(serve)
    serve.add_argument("--docs", type=Path, default=Path("docs"), help=H["docs"])
    serve.add_argument("--config", type=Path, default=Path("mkdocs.yml"), help=H["config"])
    serve.add_argument("--addr", default="127.0.0.1:8000", help=H["addr"])
    serve.add_argument("--build-date", type=_date, default=None, help=H["serve_build_date"])
    imp = command("import", _import)
    imp.add_argument("file", type=Path, help=H["file"])
    source(imp)
    imp.add_argument("--province", default=None, help=H["province"])
    imp.add_argument("--report", type=Path, default=None, help=H["report"])
    imp.add_argument("--dry-run", action="store_true", help=H["dry_run"])
    imp.add_argument("--force", action="store_true", help=H["force"])
    schema = command("schema", _schema)
    schema.add_argument("--out", type=Path, default=Path("schema"), help=H["out"])
    return parser


def build_date(explicit: dt.date | None) -> dt.date:
    """The build date is an input: flag, else SOURCE_DATE_EPOCH, else today (UTC)."""
    if explicit:
        return explicit
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date()
    return dt.datetime.now(dt.timezone.utc).date()


def _check(args: argparse.Namespace) -> int:
    from .source.validate import check

    dataset, problems = check(args.source)
    _print_problems(problems, args.strict)
    if problems.failed(args.strict):
        return 1
    plans = dataset.plans.values()
    print(message("check_ok", plans=len(plans), tasks=sum(len(p.tasks) for p in plans),
                  targets=sum(len(p.targets) for p in plans), agencies=len(dataset.agencies),
                  reports=len(dataset.reports)))
    return 0


def _generate(args: argparse.Namespace) -> int:
    """`generate` (Markdown into docs/) and `build` (check → generate → mkdocs build)."""
    from .build import build, generate

    when = build_date(args.build_date)
    if args.command == "generate":
        report = generate(args.source, args.docs, when, strict=args.strict)
    else:
        report = build(args.source, args.docs, args.config, args.site, when, strict=args.strict)
    _print_problems(report.problems, args.strict)
    print(report.summary())
    return 0


def _serve(args: argparse.Namespace) -> int:
    from .site.serve import ServeError, serve

    try:
        serve(args.source, args.docs, args.config, args.addr, build_date(args.build_date))
    except ServeError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


def _import(args: argparse.Namespace) -> int:
    from .importer import ImportFailure, import_document
    from .importer import report as plan_review, status_report
    from .importer.write import report_path, write_draft

    try:
        draft = import_document(args.file, args.source, province=args.province, progress=sys.stderr.isatty())
        # an implementation report has its own review report and summary
        review = status_report if isinstance(draft, status_report.ReportDraft) else plan_review
        report = args.report or report_path(draft, args.source)
        text = review.markdown(draft)
        # the dry run goes through every check the real run makes, and exits as it would
        files = write_draft(draft, args.source, force=args.force, dry_run=args.dry_run, report=(report, text))
    except ImportFailure as exc:
        print(f"kehoach import: {exc}", file=sys.stderr)
        return 1
    print(review.summary(draft))
    for path in files:
        print(message("imp_would_write", path=path) if args.dry_run else message("imp_wrote", path=path))
    if args.dry_run:
        print(message("imp_dry_run"))
        print(text)
    else:
        print(message("imp_next"))
    return 0


def _schema(args: argparse.Namespace) -> int:
    from .source.schema import write_schemas

    for path in write_schemas(args.out):
        print(path)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return args.run(args)
    except InputError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(message("nothing_written", errors=sum(p.level == "error" for p in exc.problems)), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the output was cut short (`| head`): nothing more to say
        sys.stderr = sys.stdout = open(os.devnull, "w")
        return 1
