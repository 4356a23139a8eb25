#!/usr/bin/env bash
# Deploys Bachata Buddy to Google Cloud: the api + PWA as a Cloud Run service, the video job as a
# Cloud Run Job, PostgreSQL on Cloud SQL (unix socket), secrets in Secret Manager, media in GCS.
#
#   PROJECT_ID=my-project deploy/deploy.sh --dry-run       prints every command, runs nothing
#   PROJECT_ID=my-project deploy/deploy.sh                 setup (idempotent) + build + deploy
#   PROJECT_ID=my-project deploy/deploy.sh build deploy    only some steps: setup | build | deploy | cors
#
# Settings (environment): PROJECT_ID (required), REGION, REPOSITORY, SERVICE, JOB, SQL_INSTANCE,
# SQL_TIER, DB_NAME, DB_USER, BUCKET, TAG, MOVE_INDEX, ELASTICSEARCH_URL, ELASTICSEARCH_INDEX,
# RENDER_SIZE, APP_ORIGIN, ELASTICSEARCH_API_KEY_SECRET (a Secret Manager secret holding the
# cluster's API key). IAM roles and what each step does: docs/deploy.md.
set -euo pipefail
cd "$(dirname "$0")/.."

DRY_RUN=0
steps=()
for arg in "$@"; do
  case "$arg" in
    --dry-run) DRY_RUN=1 ;;
    setup|build|deploy|cors) steps+=("$arg") ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "deploy: unknown argument \"$arg\" (steps: setup build deploy cors; --dry-run)" >&2; exit 2 ;;
  esac
done
[ ${#steps[@]} -gt 0 ] || steps=(setup build deploy cors)

if [ -z "${PROJECT_ID:-}" ]; then
  echo "deploy: set PROJECT_ID to your Google Cloud project id (gcloud projects list)" >&2
  exit 2
fi
REGION="${REGION:-us-central1}"
REPOSITORY="${REPOSITORY:-bachata-buddy}"
SERVICE="${SERVICE:-bachata-buddy}"
JOB="${JOB:-bachata-buddy-job}"
SQL_INSTANCE="${SQL_INSTANCE:-bachata-buddy-db}"
SQL_TIER="${SQL_TIER:-db-custom-1-3840}"
DB_NAME="${DB_NAME:-bachata}"
DB_USER="${DB_USER:-bachata}"
BUCKET="${BUCKET:-${PROJECT_ID}-bachata-media}"
TAG="${TAG:-$(git rev-parse --short HEAD 2>/dev/null || echo manual)}"
MOVE_INDEX="${MOVE_INDEX:-postgres}"
RENDER_SIZE="${RENDER_SIZE:-360p}"

IMAGE="${REGION}-docker.pkg.dev/${PROJECT_ID}/${REPOSITORY}/bachata-buddy"
API_SA="bachata-api@${PROJECT_ID}.iam.gserviceaccount.com"
JOB_SA="bachata-job@${PROJECT_ID}.iam.gserviceaccount.com"
SQL_CONNECTION="${PROJECT_ID}:${REGION}:${SQL_INSTANCE}"
SECRET_JWT=bachata-jwt-secret
SECRET_DB_PASSWORD=bachata-db-password
SECRET_DATABASE_URL=bachata-database-url
# Cloud Run's filesystem is memory; the job keeps its scratch files and caches there.
DATA_DIR=/tmp/bachata

if [ "$MOVE_INDEX" = elasticsearch ] && [ -z "${ELASTICSEARCH_URL:-}" ]; then
  echo "deploy: MOVE_INDEX=elasticsearch needs ELASTICSEARCH_URL (your cluster's https URL)" >&2
  exit 2
fi

# One command per line: printed as is in a dry run, evaluated otherwise. Values are quoted by q().
run() {
  if [ "$DRY_RUN" = 1 ]; then printf '%s\n' "$1"; else echo "+ $1" >&2; eval "$1"; fi
}
# Creates a resource unless `describe` finds it (a dry run prints the creation, as on a new project).
ensure() {
  if [ "$DRY_RUN" = 1 ]; then printf '%s\n' "$2"; return; fi
  if eval "$1" >/dev/null 2>&1; then echo "= exists: $1" >&2; else echo "+ $2" >&2; eval "$2"; fi
}
# Shell-quotes a value for the printed command: as is when plainly safe, else in single quotes.
q() {
  if [[ "$1" =~ ^[A-Za-z0-9_./:=@,+%-]+$ ]]; then printf '%s' "$1"; else printf "'%s'" "${1//\'/\'\\\'\'}"; fi
}
G="gcloud --project=$(q "$PROJECT_ID") --quiet"

setup() {
  run "$G services enable run.googleapis.com sqladmin.googleapis.com secretmanager.googleapis.com artifactregistry.googleapis.com cloudbuild.googleapis.com storage.googleapis.com iamcredentials.googleapis.com"
  ensure "$G artifacts repositories describe $(q "$REPOSITORY") --location=$(q "$REGION")" \
    "$G artifacts repositories create $(q "$REPOSITORY") --repository-format=docker --location=$(q "$REGION") --description=$(q 'Bachata Buddy images')"

  ensure "$G iam service-accounts describe $(q "$API_SA")" "$G iam service-accounts create bachata-api --display-name=$(q 'Bachata Buddy api')"
  ensure "$G iam service-accounts describe $(q "$JOB_SA")" "$G iam service-accounts create bachata-job --display-name=$(q 'Bachata Buddy video job')"

  ensure "$G sql instances describe $(q "$SQL_INSTANCE")" \
    "$G sql instances create $(q "$SQL_INSTANCE") --database-version=POSTGRES_16 --edition=ENTERPRISE --tier=$(q "$SQL_TIER") --region=$(q "$REGION") --storage-auto-increase --backup-start-time=03:00"
  ensure "$G sql databases describe $(q "$DB_NAME") --instance=$(q "$SQL_INSTANCE")" "$G sql databases create $(q "$DB_NAME") --instance=$(q "$SQL_INSTANCE")"

  # Secrets are generated straight into Secret Manager; no value is printed or written to disk.
  ensure "$G secrets describe $SECRET_JWT" "openssl rand -base64 48 | tr -d '\\n' | $G secrets create $SECRET_JWT --replication-policy=automatic --data-file=-"
  ensure "$G secrets describe $SECRET_DB_PASSWORD" "openssl rand -hex 24 | tr -d '\\n' | $G secrets create $SECRET_DB_PASSWORD --replication-policy=automatic --data-file=-"
  ensure "$G sql users list --instance=$(q "$SQL_INSTANCE") --filter=name=$(q "$DB_USER") --format=value\\(name\\) | grep -qx $(q "$DB_USER")" \
    "$G sql users create $(q "$DB_USER") --instance=$(q "$SQL_INSTANCE") --password=\"\$($G secrets versions access latest --secret=$SECRET_DB_PASSWORD)\""
  # DATABASE_URL over the unix socket Cloud Run mounts at /cloudsql/<connection name>.
  ensure "$G secrets describe $SECRET_DATABASE_URL" \
    "printf 'postgresql://%s:%s@/%s?host=/cloudsql/%s' $(q "$DB_USER") \"\$($G secrets versions access latest --secret=$SECRET_DB_PASSWORD)\" $(q "$DB_NAME") $(q "$SQL_CONNECTION") | $G secrets create $SECRET_DATABASE_URL --replication-policy=automatic --data-file=-"

  ensure "$G storage buckets describe gs://$(q "$BUCKET")" \
    "$G storage buckets create gs://$(q "$BUCKET") --location=$(q "$REGION") --uniform-bucket-level-access --public-access-prevention"

  # What each identity may do (docs/deploy.md explains every role).
  for sa in "$API_SA" "$JOB_SA"; do
    run "$G projects add-iam-policy-binding $(q "$PROJECT_ID") --member=serviceAccount:$(q "$sa") --role=roles/cloudsql.client --condition=None"
    run "$G secrets add-iam-policy-binding $SECRET_DATABASE_URL --member=serviceAccount:$(q "$sa") --role=roles/secretmanager.secretAccessor"
    run "$G storage buckets add-iam-policy-binding gs://$(q "$BUCKET") --member=serviceAccount:$(q "$sa") --role=roles/storage.objectUser"
  done
  if [ -n "${ELASTICSEARCH_API_KEY_SECRET:-}" ]; then
    run "$G secrets add-iam-policy-binding $(q "$ELASTICSEARCH_API_KEY_SECRET") --member=serviceAccount:$(q "$JOB_SA") --role=roles/secretmanager.secretAccessor"
  fi
  run "$G secrets add-iam-policy-binding $SECRET_JWT --member=serviceAccount:$(q "$API_SA") --role=roles/secretmanager.secretAccessor"
  # V4 signed media URLs: on Cloud Run there is no key file, the api signs through IAM signBlob as itself.
  run "$G iam service-accounts add-iam-policy-binding $(q "$API_SA") --member=serviceAccount:$(q "$API_SA") --role=roles/iam.serviceAccountTokenCreator"
  # Starting executions with TASK_ID/USER_ID overrides, and cancelling them; the job runs as its own account.
  run "$G projects add-iam-policy-binding $(q "$PROJECT_ID") --member=serviceAccount:$(q "$API_SA") --role=roles/run.developer --condition=None"
  run "$G iam service-accounts add-iam-policy-binding $(q "$JOB_SA") --member=serviceAccount:$(q "$API_SA") --role=roles/iam.serviceAccountUser"
}

build() {
  run "$G builds submit --region=$(q "$REGION") --config=deploy/cloudbuild.yaml --substitutions=_IMAGE=$(q "$IMAGE"),_TAG=$(q "$TAG") ."
}

job_env() {
  local env="NODE_ENV=production,STORAGE=gcs,GCS_BUCKET=${BUCKET},GOOGLE_CLOUD_PROJECT=${PROJECT_ID},DATA_DIR=${DATA_DIR},RENDER_SIZE=${RENDER_SIZE},MOVE_INDEX=${MOVE_INDEX},LOG_LEVEL=info"
  if [ "$MOVE_INDEX" = elasticsearch ]; then env+=",ELASTICSEARCH_URL=${ELASTICSEARCH_URL},ELASTICSEARCH_INDEX=${ELASTICSEARCH_INDEX:-bachata_move_embeddings}"; fi
  printf '%s' "$env"
}

job_secrets() {
  local secrets="DATABASE_URL=$SECRET_DATABASE_URL:latest"
  if [ -n "${ELASTICSEARCH_API_KEY_SECRET:-}" ]; then secrets+=",ELASTICSEARCH_API_KEY=${ELASTICSEARCH_API_KEY_SECRET}:latest"; fi
  printf '%s' "$secrets"
}

deploy() {
  # The job first: the service's runner names it (CLOUD_RUN_JOB) and starts executions of it.
  run "$G run jobs deploy $(q "$JOB") --region=$(q "$REGION") --image=$(q "$IMAGE:$TAG") --args=node,job/dist/main.js --service-account=$(q "$JOB_SA") --set-cloudsql-instances=$(q "$SQL_CONNECTION") --set-secrets=$(q "$(job_secrets)") --set-env-vars=$(q "$(job_env)") --tasks=1 --max-retries=0 --task-timeout=3600s --cpu=2 --memory=4Gi"
  run "$G run deploy $(q "$SERVICE") --region=$(q "$REGION") --image=$(q "$IMAGE:$TAG") --args=node,api/dist/main.js --service-account=$(q "$API_SA") --set-cloudsql-instances=$(q "$SQL_CONNECTION") --set-secrets=JWT_SECRET=$SECRET_JWT:latest,DATABASE_URL=$SECRET_DATABASE_URL:latest --set-env-vars=$(q "NODE_ENV=production,JOB_RUNNER=cloudrun,GOOGLE_CLOUD_PROJECT=${PROJECT_ID},CLOUD_RUN_REGION=${REGION},CLOUD_RUN_JOB=${JOB},STORAGE=gcs,GCS_BUCKET=${BUCKET},DATA_DIR=${DATA_DIR},LOG_LEVEL=info") --port=4000 --allow-unauthenticated --timeout=3600 --session-affinity --cpu=1 --memory=1Gi --min-instances=0 --max-instances=10"
}

cors() {
  # Kept-offline videos are fetched by the page from the bucket's origin; the bucket must allow the app's.
  if [ -n "${APP_ORIGIN:-}" ]; then
    run "APP_ORIGIN=$(q "$APP_ORIGIN")"
  else
    run "APP_ORIGIN=\"\$($G run services describe $(q "$SERVICE") --region=$(q "$REGION") --format='value(status.url)')\""
  fi
  run "sed \"s#\\\${APP_ORIGIN}#\$APP_ORIGIN#\" deploy/gcs-cors.json > /tmp/bachata-gcs-cors.json"
  run "$G storage buckets update gs://$(q "$BUCKET") --cors-file=/tmp/bachata-gcs-cors.json"
}

for step in "${steps[@]}"; do "$step"; done
