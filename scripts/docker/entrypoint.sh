#!/bin/sh
# Container entry point: secrets come from the environment or, when empty there, from the files the
# compose service "secrets" generated under $SECRETS_DIR. The api with an empty JWT_SECRET stops here
# with what to do, instead of refusing to start with a weak secret (the video job needs none).
set -eu
dir="${SECRETS_DIR:-/secrets}"
if [ -z "${JWT_SECRET:-}" ] && [ -r "$dir/jwt-secret" ]; then
  JWT_SECRET="$(cat "$dir/jwt-secret")"; export JWT_SECRET
fi
if [ -z "${MEDIA_URL_SECRET:-}" ] && [ -r "$dir/media-url-secret" ]; then
  MEDIA_URL_SECRET="$(cat "$dir/media-url-secret")"; export MEDIA_URL_SECRET
fi
case " $* " in *" api/dist/main.js "*) api=1 ;; *) api=0 ;; esac
if [ "$api" = 1 ] && [ "${NODE_ENV:-production}" = "production" ] && [ -z "${JWT_SECRET:-}" ]; then
  echo "JWT_SECRET is empty. With docker compose, the \"secrets\" service generates it: run \`docker compose up\` (not a single service with --no-deps)." >&2
  echo "Elsewhere, set JWT_SECRET to at least 32 random characters, e.g. JWT_SECRET=\$(openssl rand -base64 48)." >&2
  exit 78
fi
exec "$@"
