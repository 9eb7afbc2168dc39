# Production image: gunicorn behind a TLS-terminating proxy, static files served by whitenoise.
# Build: docker build --build-arg RELEASE_ID=$(git rev-parse --short HEAD) -t lille-research .
# Release (before starting new containers): docker run --rm --env-file prod.env lille-research python manage.py migrate --noinput
# Run: docker run --env-file prod.env -p 8000:8000 lille-research
# Scheduler, exactly one beside the web containers (publishes and unpublishes scheduled pages):
#      docker run --env-file prod.env lille-research python manage.py run_scheduler

FROM python:3.11-slim-bookworm AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1
RUN apt-get update \
    && apt-get install -y --no-install-recommends make \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# Dependencies first, so that a code change does not reinstall them.
COPY Makefile ./
COPY requirements/ requirements/
RUN make install VENV=/opt/venv
COPY . .
# The same Makefile steps as the README: compiled catalogues, then collected static files.
RUN make static VENV=/opt/venv

FROM python:3.11-slim-bookworm
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=config.settings.production
# The build's name, in every stored page's key: a new image never serves the previous one's pages.
ARG RELEASE_ID=""
ENV RELEASE_ID=$RELEASE_ID
RUN useradd --system --create-home --uid 10001 site
WORKDIR /app
COPY --from=build /opt/venv /opt/venv
COPY --from=build --chown=root:root /app /app
# Uploads, until object storage is configured: the one folder the app writes to, a volume.
RUN mkdir -p /app/var/media && chown site /app/var/media
VOLUME /app/var/media
USER site
EXPOSE 8000
# Migrations are not run here: they are the release command above, run once per deploy.
# Workers, timeouts and logs: config/gunicorn.py (WEB_CONCURRENCY sets the number of workers).
CMD ["gunicorn", "-c", "config/gunicorn.py", "config.wsgi:application"]
