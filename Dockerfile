# syntax=docker/dockerfile:1
# Build: docker build -t chibo .
# Run:   docker run -e CHIBO_BOT_TOKEN=... -v chibo-data:/app/data chibo

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY content/pom.xml content/pom.xml
COPY scheduler/pom.xml scheduler/pom.xml
COPY localapi/pom.xml localapi/pom.xml
COPY bot/pom.xml bot/pom.xml
COPY benchmark/pom.xml benchmark/pom.xml
RUN ./mvnw -B -q dependency:go-offline -DexcludeReactor=true || true
COPY content content
COPY scheduler scheduler
COPY localapi localapi
COPY bot bot
# The image needs the bot and what it is built from (the local Bot API server runs the no-token sandbox); not the benchmarks.
RUN ./mvnw -B -q -DskipTests -Dchibo.cds.skip=true -pl bot -am package

# The same container as the image the build makes without Docker (bot/target/chibo-image.tar, README "The container
# image"): user 10001, /app, the same environment, ports and volume; ImageIT checks that the two agree.
FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 chibo \
    && useradd --system --uid 10001 --gid chibo --home-dir /app --shell /usr/sbin/nologin chibo
WORKDIR /app
COPY --from=build /src/bot/target/chibo.jar /app/chibo.jar
RUN mkdir -p /app/data && chown -R chibo:chibo /app
USER 10001:10001
ENV TZ=Asia/Ho_Chi_Minh \
    LANG=C.UTF-8 \
    CHIBO_DB_URL=jdbc:h2:file:/app/data/chibo \
    CHIBO_SANDBOX_FOLDER=/app/data/sandbox \
    CHIBO_BACKUP_FOLDER=/app/data/backups \
    CHIBO_MANAGEMENT_ADDRESS=0.0.0.0 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Duser.timezone=Asia/Ho_Chi_Minh -Dfile.encoding=UTF-8 -Djava.awt.headless=true"
VOLUME ["/app/data"]
# 8080: webhook and sandbox web chat; 8082: health, info and metrics (keep it on the private network).
EXPOSE 8080 8082
ENTRYPOINT ["java", "-jar", "/app/chibo.jar"]
