# The app image for docker compose: Node 20 running `npm start` against DATABASE_URL.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
# Dev dependencies included: npm start runs TypeScript through tsx, with no build step.
RUN npm ci --no-audit --no-fund
COPY . .
ENV PORT=3000
EXPOSE 3000
HEALTHCHECK --interval=5s --timeout=3s --start-period=30s --retries=12 \
  CMD node -e "fetch('http://localhost:3000/api/health') \
    .then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["npm", "start"]
