# The reverse proxy, with its configuration built in (no file from the machine that runs compose is mounted).
# nginx 1.27.3 or newer: "resolve" on upstream servers is in the open-source build from that version on.
FROM nginx:1.28-alpine
# docker-compose.tiers.yml builds it with deploy/nginx.tiers.conf: the same settings, the front ends as upstreams.
ARG NGINX_CONF=deploy/nginx.conf
COPY ${NGINX_CONF} /etc/nginx/conf.d/default.conf
