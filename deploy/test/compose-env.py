#!/usr/bin/env python3
"""Prints the environment that docker-compose.yml gives one service, as KEY=VALUE lines.

    deploy/test/compose-env.py SERVICE [COMPOSE_FILE]

Reads the output of `docker-compose config` (variables already substituted) from stdin when
COMPOSE_FILE is '-', otherwise runs `docker-compose -f COMPOSE_FILE config` itself. Used by
compose-config.sh (which variables does the compose file set?) and run-with-compose-env.sh (start
the jar with exactly those variables).
"""
import subprocess
import sys

import yaml


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    service = sys.argv[1]
    compose_file = sys.argv[2] if len(sys.argv) > 2 else "docker-compose.yml"
    if compose_file == "-":
        text = sys.stdin.read()
    else:
        text = subprocess.run(["docker-compose", "-f", compose_file, "config"], check=True,
                              capture_output=True, text=True).stdout
    config = yaml.safe_load(text)
    services = config.get("services", {})
    if service not in services:
        print(f"compose-env: no service '{service}' in the compose file", file=sys.stderr)
        return 1
    env = services[service].get("environment") or {}
    if isinstance(env, list):  # KEY=VALUE list form
        env = dict(item.split("=", 1) if "=" in item else (item, "") for item in env)
    for key, value in env.items():
        print(f"{key}={'' if value is None else value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
