-- The RSA keys tokens are signed with, generated on the first start so that tokens
-- survive restarts and every instance on this database signs with the same key.
-- private_key is Base64 PKCS#8, public_key Base64 X.509 SubjectPublicKeyInfo; kid is the
-- public key's RFC 7638 thumbprint. Whoever can read this table can mint tokens.

CREATE TABLE signing_keys (
    kid VARCHAR(64) PRIMARY KEY,
    private_key TEXT NOT NULL,
    public_key TEXT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
