-- Instances of chibo sharing this database: each writes its heartbeat every few seconds and removes its row on a
-- graceful stop. A claim on the delivery queue by an instance without a fresh heartbeat is given back at once.
CREATE TABLE chibo_instance (
    id           VARCHAR(64)              PRIMARY KEY,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Leases a single instance must hold (the long-polling loop): taken when free or expired, renewed by the holder.
CREATE TABLE leader_lease (
    name       VARCHAR(40)              PRIMARY KEY,
    holder     VARCHAR(64)              NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
