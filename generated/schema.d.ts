export interface paths {
    "/v1/sessions/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Session Token
         * @description Create session token for authenticated user
         */
        post: operations["create_session_token_v1_sessions_token_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start Session
         * @description Start a new session
         */
        post: operations["start_session_v1_sessions_start_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop Session
         * @description Stop a session
         */
        post: operations["stop_session_v1_sessions_stop_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/keep-alive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Keep Session Alive
         * @description Keep the session alive
         */
        post: operations["keep_session_alive_v1_sessions_keep_alive_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Sessions
         * @description List active sessions for the authenticated user
         */
        get: operations["list_sessions_v1_sessions_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Session
         * @description Get a specific session by ID
         */
        get: operations["get_session_v1_sessions__session_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}/transcript": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Session Transcript
         * @description Get the transcript for a session
         */
        get: operations["get_session_transcript_v1_sessions__session_id__transcript_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/{session_id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete Session Events
         * @description Hard delete all session events for a given session
         */
        delete: operations["delete_session_events_v1_sessions__session_id__events_delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/avatars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List User Avatars
         * @description Get avatars list for auth user
         */
        get: operations["list_user_avatars_v1_avatars_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/avatars/public": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Public Avatars
         * @description Get public avatars list
         */
        get: operations["list_public_avatars_v1_avatars_public_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/avatars/{avatar_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Avatar By Id
         * @description Get avatar by id
         */
        get: operations["get_avatar_by_id_v1_avatars__avatar_id__get"];
        put?: never;
        post?: never;
        /**
         * Delete Avatar
         * @description Soft delete avatar
         */
        delete: operations["delete_avatar_v1_avatars__avatar_id__delete"];
        options?: never;
        head?: never;
        /**
         * Update Avatar
         * @description Update avatar
         */
        patch: operations["update_avatar_v1_avatars__avatar_id__patch"];
        trace?: never;
    };
    "/v1/voices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Voices
         * @description Get voices list
         */
        get: operations["list_voices_v1_voices_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/voices/third_party": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bind Third Party Voice
         * @description Bind a third-party voice (e.g. ElevenLabs) using a stored secret.
         *
         *     Validates the secret can be used to bind a third-party voice
         *     and creates a voice record.
         *     Returns a voice_id usable in sessions.
         */
        post: operations["bind_third_party_voice_v1_voices_third_party_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/voices/{voice_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Voice By Id
         * @description Get voice by id
         */
        get: operations["get_voice_by_id_v1_voices__voice_id__get"];
        put?: never;
        post?: never;
        /**
         * Delete Voice
         * @description Delete voice by id
         */
        delete: operations["delete_voice_v1_voices__voice_id__delete"];
        options?: never;
        head?: never;
        /**
         * Update Voice
         * @description Update voice
         */
        patch: operations["update_voice_v1_voices__voice_id__patch"];
        trace?: never;
    };
    "/v1/voices/{voice_id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Voice Preview By Id
         * @description Get voice preview by id
         */
        get: operations["get_voice_preview_by_id_v1_voices__voice_id__preview_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contexts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List User Contexts
         * @description List user contexts
         */
        get: operations["list_user_contexts_v1_contexts_get"];
        put?: never;
        /**
         * Create Context
         * @description Create a new user context record
         */
        post: operations["create_context_v1_contexts_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contexts/{context_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Context By Id
         * @description Get a user context by id
         */
        get: operations["get_context_by_id_v1_contexts__context_id__get"];
        put?: never;
        post?: never;
        /**
         * Delete Context
         * @description Delete a user context
         */
        delete: operations["delete_context_v1_contexts__context_id__delete"];
        options?: never;
        head?: never;
        /**
         * Update Context
         * @description Update a user context
         */
        patch: operations["update_context_v1_contexts__context_id__patch"];
        trace?: never;
    };
    "/v1/memory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Memories */
        get: operations["list_memories_v1_memory_get"];
        put?: never;
        /** Create Memory */
        post: operations["create_memory_v1_memory_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/memory/{memory_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Memory */
        get: operations["get_memory_v1_memory__memory_id__get"];
        put?: never;
        post?: never;
        /** Delete Memory */
        delete: operations["delete_memory_v1_memory__memory_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/secrets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Secrets
         * @description List all secrets for the authenticated user's space.
         *
         *     This endpoint:
         *     - Requires API key authentication
         *     - Returns metadata only (id, name, type) - never returns decrypted values
         *     - Results are ordered by creation date (newest first)
         *
         *     Args:
         *         service: Injected secrets service
         *
         *     Returns:
         *         Response with list of secret metadata
         *
         *     Raises:
         *         400 Bad Request: If user doesn't have an associated space
         */
        get: operations["list_secrets_v1_secrets_get"];
        put?: never;
        /**
         * Create Secret
         * @description Create a new encrypted secret for the authenticated user's space.
         *
         *     This endpoint:
         *     - Requires API key authentication
         *     - Encrypts the secret value using AWS KMS
         *     - Stores the encrypted value in the database
         *     - Returns metadata about the created secret (including id for future reference)
         *
         *     Args:
         *         service: Injected secrets service
         *         payload: Request containing secret_name and secret_value
         *
         *     Returns:
         *         Response with created secret metadata including id
         *
         *     Raises:
         *         400 Bad Request: If user doesn't have an associated space
         *         500 Internal Server Error: If encryption or storage fails
         */
        post: operations["create_secret_v1_secrets_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/secrets/{secret_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete Secret
         * @description Delete a secret by id.
         *
         *     This endpoint:
         *     - Requires API key authentication
         *     - Permanently deletes the encrypted secret from the database
         *
         *     Args:
         *         service: Injected secrets service
         *         secret_id: The id of the secret to delete
         *
         *     Returns:
         *         Response confirming deletion
         *
         *     Raises:
         *         400 Bad Request: If user doesn't have an associated space
         *         404 Not Found: If the secret doesn't exist
         */
        delete: operations["delete_secret_v1_secrets__secret_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/llm-configurations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Llm Configurations
         * @description List all LLM configurations for the authenticated user's space.
         *
         *     This endpoint:
         *     - Requires API key or session authentication
         *     - Returns all LLM configurations for the user's space
         *     - Results are ordered by creation date (newest first)
         *
         *     Args:
         *         service: Injected LLM configuration service
         *
         *     Returns:
         *         Response with list of LLM configurations
         *
         *     Raises:
         *         400 Bad Request: If user doesn't have an associated space
         */
        get: operations["list_llm_configurations_v1_llm_configurations_get"];
        put?: never;
        /**
         * Create Llm Configuration
         * @description Create a new LLM configuration for the authenticated user's space.
         *
         *     This endpoint:
         *     - Requires API key or session authentication
         *     - Validates that the secret_id belongs to the user's space
         *     - Creates a new LLM configuration with the provided settings
         *
         *     Args:
         *         service: Injected LLM configuration service
         *         payload: Request containing url, display_name, model_name, and secret_id
         *
         *     Returns:
         *         Response with created LLM configuration
         *
         *     Raises:
         *         400 Bad Request: If user doesn't have an associated space or secret is invalid
         */
        post: operations["create_llm_configuration_v1_llm_configurations_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/llm-configurations/{config_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Llm Configuration
         * @description Get an LLM configuration by ID.
         *
         *     This endpoint:
         *     - Requires API key or session authentication
         *     - Returns the full LLM configuration details
         *
         *     Args:
         *         service: Injected LLM configuration service
         *         config_id: The ID of the LLM configuration to retrieve
         *
         *     Returns:
         *         Response with the LLM configuration
         *
         *     Raises:
         *         400 Bad Request: If user doesn't have an associated space
         *         404 Not Found: If the configuration doesn't exist
         */
        get: operations["get_llm_configuration_v1_llm_configurations__config_id__get"];
        put?: never;
        post?: never;
        /**
         * Delete Llm Configuration
         * @description Delete an LLM configuration by ID.
         *
         *     This endpoint:
         *     - Requires API key or session authentication
         *     - Permanently deletes the LLM configuration
         *
         *     Args:
         *         service: Injected LLM configuration service
         *         config_id: The ID of the LLM configuration to delete
         *
         *     Returns:
         *         Response confirming deletion
         *
         *     Raises:
         *         400 Bad Request: If user doesn't have an associated space
         *         404 Not Found: If the configuration doesn't exist
         */
        delete: operations["delete_llm_configuration_v1_llm_configurations__config_id__delete"];
        options?: never;
        head?: never;
        /**
         * Update Llm Configuration
         * @description Update an LLM configuration by ID.
         *
         *     This endpoint:
         *     - Requires API key or session authentication
         *     - Validates that the new secret_id (if provided) belongs to the user's space
         *     - Updates only the provided fields
         *
         *     Args:
         *         service: Injected LLM configuration service
         *         config_id: The ID of the LLM configuration to update
         *         payload: Request containing fields to update
         *
         *     Returns:
         *         Response with the updated LLM configuration
         *
         *     Raises:
         *         400 Bad Request: If user doesn't have an associated space or secret is invalid
         *         404 Not Found: If the configuration doesn't exist
         */
        patch: operations["update_llm_configuration_v1_llm_configurations__config_id__patch"];
        trace?: never;
    };
    "/v1/languages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Languages
         * @description Return the list of supported languages with code and display name.
         */
        get: operations["get_languages_v1_languages_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/credits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get User Credits
         * @description Get the current user's credit balance.
         */
        get: operations["get_user_credits_v1_users_credits_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/embeddings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Embed V2
         * @description Create an embed avatar with sandbox support.
         */
        post: operations["create_embed_v2_v2_embeddings_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** Full Mode */
        FullSDKSessionTokenConfigDataSchema: {
            /**
             * Mode
             * @default FULL
             * @constant
             */
            mode: "FULL";
            /**
             * Avatar Id
             * Format: uuid
             */
            avatar_id: string;
            /**
             * Is Sandbox
             * @default false
             */
            is_sandbox?: boolean;
            /** @description Video encoding settings */
            video_settings?: components["schemas"]["VideoSettings"] | null;
            /**
             * Max Session Duration
             * @description Maximum session duration in seconds. Must be <= the configured limit for your subscription tier.
             */
            max_session_duration?: number;
            avatar_persona: components["schemas"]["AvatarPersonaSchema"];
            /** @default CONVERSATIONAL */
            interactivity_type?: components["schemas"]["SessionInteractivityTypeEnum"];
            /**
             * Llm Configuration Id
             * Format: uuid
             * @description Optional custom LLM configuration ID
             */
            llm_configuration_id?: string;
            /**
             * Dynamic Variables
             * @description Values for ${var} placeholders in the context's opening_text and prompt. Required keys are derived from the context; extra keys are ignored. At most 50 entries; keys <= 64 chars; values <= 1000 chars.
             */
            dynamic_variables?: {
                [key: string]: string;
            };
            /** @description Attach session memory. Provide `prev_session_id` to seed/reuse from a prior session, `session_memory_id` to attach an existing memory, or both (must resolve to the same memory_id). */
            memory?: components["schemas"]["MemoryRef"] | null;
        };
        /** Lite Mode */
        LiteSDKSessionTokenConfigDataSchema: {
            /**
             * Mode
             * @default LITE
             * @constant
             */
            mode: "LITE";
            /**
             * Avatar Id
             * Format: uuid
             */
            avatar_id: string;
            /**
             * Is Sandbox
             * @default false
             */
            is_sandbox?: boolean;
            /** @description Video encoding settings */
            video_settings?: components["schemas"]["VideoSettings"] | null;
            /**
             * Max Session Duration
             * @description Maximum session duration in seconds. Must be <= the configured limit for your subscription tier.
             */
            max_session_duration?: number;
            /** @description LiveKit config. Allow users to override the livekit config */
            livekit_config?: components["schemas"]["LiveKitConfigSchema"] | null;
            /** @description Agora config. Allow users to use Agora as the transport layer */
            agora_config?: components["schemas"]["AgoraConfigSchema"] | null;
            /** @description ElevenLabs Agent config. When set, uses ElevenLabs Agent instead of default. */
            elevenlabs_agent_config?: components["schemas"]["ElevenLabsAgentConfigSchema"] | null;
            /** @description OpenAI Realtime config. When set, uses OpenAI Realtime API instead of default. */
            openai_realtime_config?: components["schemas"]["OpenAIRealtimeConfigSchema"] | null;
            /** @description Gemini Realtime config. When set, uses Gemini Live API instead of default. */
            gemini_realtime_config?: components["schemas"]["GeminiRealtimeConfigSchema"] | null;
        };
        /** Response[SDKSessionTokenSchema] */
        Response_SDKSessionTokenSchema_: {
            /**
             * Code
             * @default 100
             */
            code?: number;
            data?: components["schemas"]["SDKSessionTokenSchema"] | null;
            /** Message */
            message?: string;
        };
        /** HTTPValidationError */
        HTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ValidationError"][];
        };
        /**
         * VideoSettings
         * @description Video encoding settings for session configuration
         */
        VideoSettings: {
            /** @default high */
            quality?: components["schemas"]["VideoQualityEnum"];
            /** @default H264 */
            encoding?: components["schemas"]["VideoEncodingEnum"];
        };
        /** AvatarPersonaSchema */
        AvatarPersonaSchema: {
            /**
             * Voice Id
             * Format: uuid
             * @description Voice ID. If empty use default avatar voice
             */
            voice_id?: string;
            /**
             * Context Id
             * Format: uuid
             * @description Context ID
             */
            context_id?: string;
            /**
             * Language
             * @description Language
             * @default en
             */
            language?: string;
            /**
             * Voice Settings
             * @description Additional voice settings (provider-specific, discriminated by 'provider' field)
             */
            voice_settings?: (components["schemas"]["ElevenLabsVoiceSettings"] | components["schemas"]["FishAudioVoiceSettings"]) | null;
            /** @description ASR/STT configuration override */
            stt_config?: components["schemas"]["STTConfigSchema"] | null;
        };
        /**
         * SessionInteractivityTypeEnum
         * @enum {string}
         */
        SessionInteractivityTypeEnum: "CONVERSATIONAL" | "PUSH_TO_TALK";
        /**
         * MemoryRef
         * @description Session-memory attach request.
         *
         *     Either field may be set. If both are set, they must resolve to the same
         *     memory_id; mismatch -> 400.
         */
        MemoryRef: {
            /**
             * Prev Session Id
             * Format: uuid
             * @description Seed memory from a prior FULL-mode session. Reused if a session-memory already exists for that session; otherwise sync-bootstrapped.
             */
            prev_session_id?: string;
            /**
             * Session Memory Id
             * Format: uuid
             * @description Attach an existing session-typed memory by id (must belong to caller's space).
             */
            session_memory_id?: string;
        };
        /** LiveKitConfigSchema */
        LiveKitConfigSchema: {
            /** Livekit Url */
            livekit_url: string;
            /** Livekit Room */
            livekit_room: string;
            /** Livekit Client Token */
            livekit_client_token: string;
        };
        /** AgoraConfigSchema */
        AgoraConfigSchema: {
            /** Agora App Id */
            agora_app_id: string;
            /** Agora Token */
            agora_token: string;
            /** Agora Channel */
            agora_channel: string;
            /** Agora Uid */
            agora_uid: string;
        };
        /**
         * ElevenLabsAgentConfigSchema
         * @description Config for ElevenLabs Agent mode in LITE sessions. All fields required when present.
         */
        ElevenLabsAgentConfigSchema: {
            /**
             * Secret Id
             * Format: uuid
             * @description Secret ID for ELEVENLABS_API_KEY
             */
            secret_id: string;
            /**
             * Agent Id
             * @description ElevenLabs Agent ID
             */
            agent_id: string;
            /**
             * Voice Id
             * @description Optional ElevenLabs voice ID override. When set, sent to the ElevenLabs Agent WebSocket as `conversation_config_override.tts.voice_id`, overriding the agent's default voice for this session. When omitted, the agent's configured default voice is used. See https://elevenlabs.io/docs/eleven-agents/api-reference/eleven-agents/websocket
             */
            voice_id?: string;
            /**
             * Dynamic Variables
             * @description ElevenLabs Agent dynamic variables injected into prompts and tools. See https://elevenlabs.io/docs/eleven-agents/customization/personalization/dynamic-variables
             */
            dynamic_variables?: {
                [key: string]: string | number | boolean;
            };
        };
        /**
         * OpenAIRealtimeConfigSchema
         * @description Config for OpenAI Realtime Agent mode in LITE sessions.
         */
        OpenAIRealtimeConfigSchema: {
            /**
             * Secret Id
             * Format: uuid
             * @description Secret ID referencing OPENAI_API_KEY secret
             */
            secret_id: string;
            /**
             * Context Id
             * Format: uuid
             * @description Context ID.
             */
            context_id?: string;
            /**
             * @description OpenAI Realtime voice
             * @default alloy
             */
            voice?: components["schemas"]["OpenAIRealtimeVoiceEnum"];
            /**
             * Temperature
             * @description Sampling temperature
             * @default 0.8
             */
            temperature?: number;
            /**
             * Model
             * @description OpenAI Realtime model
             * @default gpt-realtime
             */
            model?: string;
        };
        /**
         * GeminiRealtimeConfigSchema
         * @description Config for Gemini Realtime Agent mode in LITE sessions.
         */
        GeminiRealtimeConfigSchema: {
            /**
             * Secret Id
             * Format: uuid
             * @description Secret ID referencing GEMINI_API_KEY secret
             */
            secret_id: string;
            /**
             * Context Id
             * Format: uuid
             * @description Context ID.
             */
            context_id?: string;
            /**
             * @description Gemini Realtime voice
             * @default Puck
             */
            voice?: components["schemas"]["GeminiRealtimeVoiceEnum"];
            /**
             * Temperature
             * @description Sampling temperature
             * @default 0.8
             */
            temperature?: number;
            /**
             * @description Gemini Realtime model
             * @default gemini-3.1-flash-live-preview
             */
            model?: components["schemas"]["GeminiRealtimeModelEnum"];
        };
        /** SDKSessionTokenSchema */
        SDKSessionTokenSchema: {
            /**
             * Session Id
             * Format: uuid
             */
            session_id: string;
            /** Session Token */
            session_token: string;
        };
        /** ValidationError */
        ValidationError: {
            /** Location */
            loc: (string | number)[];
            /** Message */
            msg: string;
            /** Error Type */
            type: string;
            /** Input */
            input?: unknown;
            /** Context */
            ctx?: Record<string, never>;
        };
        /**
         * VideoQualityEnum
         * @enum {string}
         */
        VideoQualityEnum: "very_high" | "high" | "medium" | "low";
        /**
         * VideoEncodingEnum
         * @enum {string}
         */
        VideoEncodingEnum: "VP8" | "H264";
        /**
         * ElevenLabsVoiceSettings
         * @description ElevenLabs-specific voice settings for TTS configuration.
         */
        ElevenLabsVoiceSettings: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            provider: "elevenLabs";
            /**
             * Speed
             * @default 1
             */
            speed?: number;
            /**
             * Stability
             * @default 0.75
             */
            stability?: number;
            /**
             * Similarity Boost
             * @default 0.75
             */
            similarity_boost?: number;
            /**
             * Style
             * @default 0
             */
            style?: number;
            /**
             * Use Speaker Boost
             * @default true
             */
            use_speaker_boost?: boolean;
            /**
             * @description ElevenLabs TTS model. Options: 'eleven_flash_v2_5' (default, faster) or 'eleven_multilingual_v2' (better quality).
             * @default eleven_flash_v2_5
             */
            model?: components["schemas"]["ElevenLabsModelEnum"];
            /**
             * Apply Language Text Normalization
             * @description Apply ElevenLabs language-specific text normalization. Improves pronunciation for languages with complex orthography — currently only Japanese ('ja') is supported. Enabling this adds latency, so it is opt-in and only valid when the session language is set to 'ja'.
             * @default false
             */
            apply_language_text_normalization?: boolean;
        };
        /**
         * FishAudioVoiceSettings
         * @description Fish Audio-specific voice settings for TTS configuration.
         */
        FishAudioVoiceSettings: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            provider: "fish";
            /**
             * Speed
             * @default 1
             */
            speed?: number;
            /**
             * @description Fish Audio TTS model.
             * @default s2
             */
            model?: components["schemas"]["FishAudioModelEnum"];
            /**
             * Latency Mode
             * @description Latency mode: 'normal' (~500ms) or 'balanced' (~300ms).
             * @default balanced
             * @enum {string}
             */
            latency_mode?: "normal" | "balanced";
        };
        /**
         * STTConfigSchema
         * @description User-provided STT configuration for sessions.
         */
        STTConfigSchema: {
            /** @description STT provider. Auto-selected if not specified. */
            provider: components["schemas"]["STTProviderEnum"];
        };
        /**
         * OpenAIRealtimeVoiceEnum
         * @enum {string}
         */
        OpenAIRealtimeVoiceEnum: "alloy" | "ash" | "ballad" | "coral" | "echo" | "fable" | "onyx" | "nova" | "shimmer" | "sage" | "verse" | "marin" | "cedar";
        /**
         * GeminiRealtimeVoiceEnum
         * @enum {string}
         */
        GeminiRealtimeVoiceEnum: "Achernar" | "Achird" | "Algenib" | "Algieba" | "Alnilam" | "Aoede" | "Autonoe" | "Callirrhoe" | "Charon" | "Despina" | "Enceladus" | "Erinome" | "Fenrir" | "Gacrux" | "Iapetus" | "Kore" | "Laomedeia" | "Leda" | "Orus" | "Pulcherrima" | "Puck" | "Rasalgethi" | "Sadachbia" | "Sadaltager" | "Schedar" | "Sulafat" | "Umbriel" | "Vindemiatrix" | "Zephyr" | "Zubenelgenubi";
        /**
         * GeminiRealtimeModelEnum
         * @enum {string}
         */
        GeminiRealtimeModelEnum: "gemini-2.5-flash-native-audio-preview-12-2025" | "gemini-3.1-flash-live-preview";
        /**
         * ElevenLabsModelEnum
         * @enum {string}
         */
        ElevenLabsModelEnum: "eleven_flash_v2_5" | "eleven_multilingual_v2";
        /**
         * FishAudioModelEnum
         * @enum {string}
         */
        FishAudioModelEnum: "s1" | "s2";
        /**
         * STTProviderEnum
         * @enum {string}
         */
        STTProviderEnum: "deepgram" | "assembly_ai" | "gladia" | "elevenlabs";
        /** Response[StartSessionResponseSchema] */
        Response_StartSessionResponseSchema_: {
            /**
             * Code
             * @default 100
             */
            code?: number;
            data?: components["schemas"]["StartSessionResponseSchema"] | null;
            /** Message */
            message?: string;
        };
        /** StartSessionResponseSchema */
        StartSessionResponseSchema: {
            /** Session Id */
            session_id: string;
            /** Livekit Url */
            livekit_url: string;
            /** Livekit Client Token */
            livekit_client_token: string;
            /** Livekit Agent Token */
            livekit_agent_token?: string;
            /** Max Session Duration */
            max_session_duration?: number;
            /**
             * Ws Url
             * @description Websocket URL to send session events to. Custom Mode only.
             */
            ws_url?: string;
        };
        /** StopSessionSchema */
        StopSessionSchema: {
            /**
             * Session Id
             * Format: uuid
             */
            session_id?: string;
            /** @default UNKNOWN */
            reason?: components["schemas"]["SessionEndReasonEnum"];
        };
        /** Response */
        Response: {
            /**
             * Code
             * @default 100
             */
            code?: number;
            /** Data */
            data?: unknown;
            /** Message */
            message?: string;
        };
        /**
         * SessionEndReasonEnum
         * @enum {string}
         */
        SessionEndReasonEnum: "UNKNOWN" | "USER_DISCONNECTED" | "SERVER_ERROR" | "IDLE_TIMEOUT" | "NO_CREDITS" | "USER_CLOSED" | "AVATAR_DELETED" | "MAX_DURATION_REACHED" | "ZOMBIE_SESSION_REAP" | "AGENT_HANG_UP";
        /** KeepSessionAliveSchema */
        KeepSessionAliveSchema: {
            /**
             * Session Id
             * Format: uuid
             */
            session_id?: string;
        };
        /** Response[PaginatedResponse[Union[ListSessionEntrySchema, ListHistoricEntrySchema]]] */
        Response_PaginatedResponse_Union_ListSessionEntrySchema__ListHistoricEntrySchema___: {
            /**
             * Code
             * @default 100
             */
            code?: number;
            data?: components["schemas"]["PaginatedResponse_Union_ListSessionEntrySchema__ListHistoricEntrySchema__"] | null;
            /** Message */
            message?: string;
        };
        /** PaginatedResponse[Union[ListSessionEntrySchema, ListHistoricEntrySchema]] */
        PaginatedResponse_Union_ListSessionEntrySchema__ListHistoricEntrySchema__: {
            /** Count */
            count: number;
            /** Next */
            next?: string;
            /** Previous */
            previous?: string;
            /** Results */
            results: (components["schemas"]["ListSessionEntrySchema"] | components["schemas"]["ListHistoricEntrySchema"])[];
        };
        /** ListSessionEntrySchema */
        ListSessionEntrySchema: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Duration */
            duration: number;
            source: components["schemas"]["SessionSourceEnum"];
            mode: components["schemas"]["SessionModeEnum"];
            /** Is Sandbox */
            is_sandbox: boolean;
            /**
             * Credits Consumed
             * @description Total credits consumed by this session
             */
            credits_consumed: number;
        };
        /** ListHistoricEntrySchema */
        ListHistoricEntrySchema: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Duration */
            duration: number;
            source: components["schemas"]["SessionSourceEnum"];
            mode: components["schemas"]["SessionModeEnum"];
            /** Is Sandbox */
            is_sandbox: boolean;
            /**
             * Credits Consumed
             * @description Total credits consumed by this session
             */
            credits_consumed: number;
            /**
             * End At
             * Format: date-time
             */
            end_at?: string;
            end_reason?: components["schemas"]["SessionEndReasonEnum"] | null;
        };
        /**
         * SessionSourceEnum
         * @enum {string}
         */
        SessionSourceEnum: "DEMO" | "APP" | "API" | "EMBED";
        /**
         * SessionModeEnum
         * @enum {string}
         */
        SessionModeEnum: "FULL" | "LITE";
        /** Response[Union[ListSessionEntrySchema, ListHistoricEntrySchema]] */
        Response_Union_ListSessionEntrySchema__ListHistoricEntrySchema__: {
            /**
             * Code
             * @default 100
             */
            code?: number;
            /** Data */
            data?: components["schemas"]["ListSessionEntrySchema"] | components["schemas"]["ListHistoricEntrySchema"] | null;
            /** Message */
            message?: string;
        };
        /** Response[SessionTranscriptResponseSchema] */
        Response_SessionTranscriptResponseSchema_: {
            /**
             * Code
             * @default 100
             */
            code?: number;
            data?: components["schemas"]["SessionTranscriptResponseSchema"] | null;
            /** Message */
            message?: string;
        };
        /** SessionTranscriptResponseSchema */
        SessionTranscriptResponseSchema: {
            /** Session Active */
            session_active: boolean;
            /** Next Timestamp */
            next_timestamp?: number;
            /** Transcript Data */
            transcript_data: components["schemas"]["SessionTranscriptDataSchema"][];
        };
        /** SessionTranscriptDataSchema */
        SessionTranscriptDataSchema: {
            /**
             * Role
             * @enum {string}
             */
            role: "user" | "avatar";
            /** Transcript */
            transcript: string;
            /** Absolute Timestamp */
            absolute_timestamp: number;
            /** Relative Timestamp */
            relative_timestamp: number;
        };
        /** Response[PaginatedResponse[AvatarSchema]] */
        Response_PaginatedResponse_AvatarSchema__: {
            /**
             * Code
             * @default 100
             */
            code?: number;
            data?: components["schemas"]["PaginatedResponse_AvatarSchema_"] | null;
            /** Message */
            message?: string;
        };
        /** PaginatedResponse[AvatarSchema] */
        PaginatedResponse_AvatarSchema_: {
            /** Count */
            count: number;
            /** Next */
            next?: string;
            /** Previous */
            previous?: string;
            /** Results */
            results: components["schemas"]["AvatarSchema"][];
        };
        /** AvatarSchema */
        AvatarSchema: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Space Id */
            space_id?: string;
            /** @default VIDEO */
            type?: components["schemas"]["AvatarTypeEnum"];
            /** @default INIT */
            status?: components["schemas"]["AvatarStatusEnum"];
            /** Name */
            name: string;
            /** Preview Url */
            preview_url?: string;
            /**
             * Is Expired
             * @default false
             */
            is_expired?: boolean;
            default_voice?: components["schemas"]["DefaultAvatarVoice"] | null;
            /**
             * Is 1080P
             * @default false
             */
            is_1080p?: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /**
             * Error Message
             * @description Error message if training failed (prefer detailed, fallback to short).
             */
            readonly error_message: string;
        };
        /**
         * AvatarTypeEnum
         * @enum {string}
         */
        AvatarTypeEnum: "IMAGE" | "VIDEO";
        /**
         * AvatarStatusEnum
         * @enum {string}
         */
        AvatarStatusEnum: "ACTIVE" | "INIT" | "DEPLOYING" | "FAILED";
        /** DefaultAvatarVoice */
        DefaultAvatarVoice: {
            /** Id */
            id: string;
            /** Name */
            name: string;
        };
        /** Response[AvatarSchema] */
        Response_AvatarSchema_: {
            /**
             * Code
             * @default 100
             */
            code?: number;
            data?: components["schemas"]["AvatarSchema"] | null;
            /** Message */
            message?: string;
        };
        /** UpdateAvatarSchema */
        UpdateAvatarSchema: {
            /** Name */
            name?: string;
            /** Default Voice Id */
            default_voice_id?: string;
        };
        /**
         * VoiceListTypeEnum
         * @enum {string}
         */
        VoiceListTypeEnum: "public" | "private";
        /** Response[PaginatedResponse[VoiceSchema]] */
        Response_PaginatedResponse_VoiceSchema__: {
            /**
             * Code
             * @default 100
             */
            code?: number;
            data?: components["schemas"]["PaginatedResponse_VoiceSchema_"] | null;
            /** Message */
            message?: string;
        };
        /** PaginatedResponse[VoiceSchema] */
        PaginatedResponse_VoiceSchema_: {
            /** Count */
            count: number;
            /** Next */
            next?: string;
            /** Previous */
            previous?: string;
            /** Results */
            results: components["schemas"]["VoiceSchema"][];
        };
        /** VoiceSchema */
        VoiceSchema: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /** Description */
            description?: string;
            /** Language */
            language: string;
            /** Gender */
            gender: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Tags */
            readonly tags: string[];
        };
        /**
         * ThirdPartyVoiceBindRequestSchema
         * @description Request body for POST /v1/voices/third_party - bind a third-party voice using a secret.
         */
        ThirdPartyVoiceBindRequestSchema: {
            /**
             * Provider Voice Id
             * @description Voice ID from the provider (e.g. ElevenLabs voice ID)
             */
            provider_voice_id: string;
            /**
             * Secret Id
             * @description ID of the space secret containing the provider API key
             */
            secret_id: string;
            /**
             * Name
             * @description Name of the voice
             */
            name?: string;
        };
        /** Response[ThirdPartyVoiceBindResponseSchema] */
        Response_ThirdPartyVoiceBindResponseSchema_: {
            /**
             * Code
             * @default 100
             */
            code?: number;
            data?: components["schemas"]["ThirdPartyVoiceBindResponseSchema"] | null;
            /** Message */
            message?: string;
        };
        /**
         * ThirdPartyVoiceBindResponseSchema
         * @description Response from POST /v1/voices/third_party.
         */
        ThirdPartyVoiceBindResponseSchema: {
            /**
             * Voice Id
             * @description Voice ID saved on LiveAvatar side
             */
            voice_id: string;
        };
        /** Response[VoiceSchema] */
        Response_VoiceSchema_: {
            /**
             * Code
             * @default 100
             */
            code?: number;
            data?: components["schemas"]["VoiceSchema"] | null;
            /** Message */
            message?: string;
        };
        /** Response[NoneType] */
        Response_NoneType_: {
            /**
             * Code
             * @default 100
             */
            code?: number;
            /** Data */
            data?: null;
            /** Message */
            message?: string;
        };
        /** UpdateVoiceSchema */
        UpdateVoiceSchema: {
            /** Name */
            name: string;
        };
        /** Response[VoicePreviewResponseSchema] */
        Response_VoicePreviewResponseSchema_: {
            /**
             * Code
             * @default 100
             */
            code?: number;
            data?: components["schemas"]["VoicePreviewResponseSchema"] | null;
            /** Message */
            message?: string;
        };
        /** VoicePreviewResponseSchema */
        VoicePreviewResponseSchema: {
            /** Audio Base64 */
            audio_base64: string;
        };
        /** Response[PaginatedResponse[ContextSchema]] */
        Response_PaginatedResponse_ContextSchema__: {
            /**
             * Code
             * @default 100
             */
            code?: number;
            data?: components["schemas"]["PaginatedResponse_ContextSchema_"] | null;
            /** Message */
            message?: string;
        };
        /** PaginatedResponse[ContextSchema] */
        PaginatedResponse_ContextSchema_: {
            /** Count */
            count: number;
            /** Next */
            next?: string;
            /** Previous */
            previous?: string;
            /** Results */
            results: components["schemas"]["ContextSchema"][];
        };
        /** ContextSchema */
        ContextSchema: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** CreateContextSchema */
        CreateContextSchema: {
            /** Name */
            name: string;
            /** Prompt */
            prompt: string;
            /** Opening Text */
            opening_text: string;
            /** Links */
            links?: components["schemas"]["CreateUpdateContextLinkSchema"][];
        };
        /** Response[ContextDetailSchema] */
        Response_ContextDetailSchema_: {
            /**
             * Code
             * @default 100
             */
            code?: number;
            data?: components["schemas"]["ContextDetailSchema"] | null;
            /** Message */
            message?: string;
        };
        /** CreateUpdateContextLinkSchema */
        CreateUpdateContextLinkSchema: {
            /** Url */
            url: string;
            /** Faq */
            faq: string;
            /**
             * Id
             * Format: uuid
             */
            id?: string;
        };
        /** ContextDetailSchema */
        ContextDetailSchema: {
            /** Name */
            name: string;
            /** Prompt */
            prompt: string;
            /** Opening Text */
            opening_text: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Links */
            links?: components["schemas"]["ContextLinkSchema"][];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Required Dynamic Variables */
            readonly required_dynamic_variables: string[];
        };
        /** ContextLinkSchema */
        ContextLinkSchema: {
            /** Url */
            url: string;
            /** Faq */
            faq: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
        };
        /** UpdateContextSchema */
        UpdateContextSchema: {
            /** Name */
            name: string;
            /** Prompt */
            prompt: string;
            /** Opening Text */
            opening_text: string;
            /** Links */
            links?: components["schemas"]["CreateUpdateContextLinkSchema"][];
        };
        /**
         * MemoryTypeEnum
         * @enum {string}
         */
        MemoryTypeEnum: "session";
        /** Response[PaginatedResponse[MemoryListItemResponse]] */
        Response_PaginatedResponse_MemoryListItemResponse__: {
            /**
             * Code
             * @default 100
             */
            code?: number;
            data?: components["schemas"]["PaginatedResponse_MemoryListItemResponse_"] | null;
            /** Message */
            message?: string;
        };
        /** PaginatedResponse[MemoryListItemResponse] */
        PaginatedResponse_MemoryListItemResponse_: {
            /** Count */
            count: number;
            /** Next */
            next?: string;
            /** Previous */
            previous?: string;
            /** Results */
            results: components["schemas"]["MemoryListItemResponse"][];
        };
        /** MemoryListItemResponse */
        MemoryListItemResponse: {
            /** Id */
            id: string;
            memory_type: components["schemas"]["MemoryTypeEnum"];
            /** Memory Content Preview */
            memory_content_preview: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** CreateSessionMemory */
        CreateSessionMemory: {
            memory_type: components["schemas"]["MemoryTypeEnum"];
            /**
             * Session Id
             * Format: uuid
             */
            session_id: string;
        };
        /** Response[MemoryResponse] */
        Response_MemoryResponse_: {
            /**
             * Code
             * @default 100
             */
            code?: number;
            data?: components["schemas"]["MemoryResponse"] | null;
            /** Message */
            message?: string;
        };
        /** MemoryResponse */
        MemoryResponse: {
            /** Id */
            id: string;
            memory_type: components["schemas"]["MemoryTypeEnum"];
            /** Memory Content */
            memory_content: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
        };
        /** Response[MemoryWithEpisodesResponse] */
        Response_MemoryWithEpisodesResponse_: {
            /**
             * Code
             * @default 100
             */
            code?: number;
            data?: components["schemas"]["MemoryWithEpisodesResponse"] | null;
            /** Message */
            message?: string;
        };
        /** MemoryWithEpisodesResponse */
        MemoryWithEpisodesResponse: {
            /** Id */
            id: string;
            memory_type: components["schemas"]["MemoryTypeEnum"];
            /** Memory Content */
            memory_content: string;
            /** Session Episodes */
            session_episodes: components["schemas"]["MemoryEpisodeSchema"][];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** MemoryEpisodeSchema */
        MemoryEpisodeSchema: {
            /** Session Id */
            session_id: string;
            /** Sequence Num */
            sequence_num: number;
            /** Summary */
            summary: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
        };
        /** Response[list[SecretListItemSchema]] */
        Response_list_SecretListItemSchema__: {
            /**
             * Code
             * @default 100
             */
            code?: number;
            /** Data */
            data?: components["schemas"]["SecretListItemSchema"][];
            /** Message */
            message?: string;
        };
        /**
         * SecretListItemSchema
         * @description Schema for a secret item in list response (no decrypted value)
         */
        SecretListItemSchema: {
            /** Id */
            id: string;
            /** Secret Name */
            secret_name: string;
            secret_type: components["schemas"]["SecretTypeEnum"];
            /**
             * Created At
             * Format: date-time
             */
            created_at?: string;
        };
        /**
         * SecretTypeEnum
         * @description The type of secret.
         * @enum {string}
         */
        SecretTypeEnum: "OPENAI_API_KEY" | "ELEVENLABS_API_KEY" | "GEMINI_API_KEY";
        /**
         * CreateSecretRequestSchema
         * @description Request schema for creating a new secret
         */
        CreateSecretRequestSchema: {
            /**
             * Secret Name
             * @description Name of the secret
             */
            secret_name: string;
            /**
             * Secret Value
             * @description The secret value to encrypt and store
             */
            secret_value: string;
            /** @description The type of secret */
            secret_type: components["schemas"]["SecretTypeEnum"];
        };
        /** Response[CreateSecretResponseSchema] */
        Response_CreateSecretResponseSchema_: {
            /**
             * Code
             * @default 100
             */
            code?: number;
            data?: components["schemas"]["CreateSecretResponseSchema"] | null;
            /** Message */
            message?: string;
        };
        /**
         * CreateSecretResponseSchema
         * @description Response schema after creating a secret
         */
        CreateSecretResponseSchema: {
            /** Id */
            id: string;
            /** Secret Name */
            secret_name: string;
        };
        /** Response[list[LLMConfigurationListItemSchema]] */
        Response_list_LLMConfigurationListItemSchema__: {
            /**
             * Code
             * @default 100
             */
            code?: number;
            /** Data */
            data?: components["schemas"]["LLMConfigurationListItemSchema"][];
            /** Message */
            message?: string;
        };
        /**
         * LLMConfigurationListItemSchema
         * @description Schema for an LLM configuration item in list response
         */
        LLMConfigurationListItemSchema: {
            /** Id */
            id: string;
            /** Display Name */
            display_name: string;
            /** Model Name */
            model_name: string;
            /** Secret Id */
            secret_id: string;
        };
        /**
         * CreateLLMConfigurationSchema
         * @description Request schema for creating a new LLM configuration
         */
        CreateLLMConfigurationSchema: {
            /**
             * Base Url
             * @description The LLM API endpoint URL
             */
            base_url?: string;
            /**
             * Display Name
             * @description Display name for the configuration
             */
            display_name: string;
            /**
             * Model Name
             * @description The model name to use
             */
            model_name: string;
            /**
             * Secret Id
             * @description ID of the secret containing the API key
             */
            secret_id: string;
        };
        /** Response[LLMConfigurationResponseSchema] */
        Response_LLMConfigurationResponseSchema_: {
            /**
             * Code
             * @default 100
             */
            code?: number;
            data?: components["schemas"]["LLMConfigurationResponseSchema"] | null;
            /** Message */
            message?: string;
        };
        /**
         * LLMConfigurationResponseSchema
         * @description Response schema for an LLM configuration
         */
        LLMConfigurationResponseSchema: {
            /** Id */
            id: string;
            /** Base Url */
            base_url: string;
            /** Display Name */
            display_name: string;
            /** Model Name */
            model_name: string;
            /** Secret Id */
            secret_id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * UpdateLLMConfigurationSchema
         * @description Request schema for updating an LLM configuration
         */
        UpdateLLMConfigurationSchema: {
            /**
             * Base Url
             * @description The LLM API endpoint URL
             */
            base_url?: string;
            /**
             * Display Name
             * @description Display name for the configuration
             */
            display_name?: string;
            /**
             * Model Name
             * @description The model name to use
             */
            model_name?: string;
            /**
             * Secret Id
             * @description ID of the secret containing the API key
             */
            secret_id?: string;
        };
        /** Response[list[LanguageSchema]] */
        Response_list_LanguageSchema__: {
            /**
             * Code
             * @default 100
             */
            code?: number;
            /** Data */
            data?: components["schemas"]["LanguageSchema"][];
            /** Message */
            message?: string;
        };
        /**
         * LanguageSchema
         * @description Schema for a supported language with code and display name.
         */
        LanguageSchema: {
            /**
             * Language
             * @description Display name of the language
             */
            language: string;
            /**
             * Code
             * @description ISO language code
             */
            code: string;
        };
        /** Response[UserCreditsSchema] */
        Response_UserCreditsSchema_: {
            /**
             * Code
             * @default 100
             */
            code?: number;
            data?: components["schemas"]["UserCreditsSchema"] | null;
            /** Message */
            message?: string;
        };
        /** UserCreditsSchema */
        UserCreditsSchema: {
            /** Credits Left */
            credits_left: string;
        };
        /** CreateEmbedV2RequestSchema */
        CreateEmbedV2RequestSchema: {
            /**
             * Avatar Id
             * Format: uuid
             */
            avatar_id: string;
            /**
             * Context Id
             * Format: uuid
             */
            context_id: string;
            /**
             * Voice Id
             * Format: uuid
             */
            voice_id?: string;
            /** @default DEFAULT */
            type?: components["schemas"]["EmbedAvatarTypeEnum"];
            /**
             * Max Session Duration
             * @description Max session duration in seconds
             */
            max_session_duration?: number;
            /**
             * Default Language
             * @description Default language code (e.g. 'en', 'es', 'multi')
             */
            default_language?: string;
            /**
             * Is Sandbox
             * @description Whether to enable sandbox mode for sessions
             * @default false
             */
            is_sandbox?: boolean;
            /**
             * @description Embed orientation: horizontal (16:9) or vertical (9:16)
             * @default horizontal
             */
            orientation?: components["schemas"]["EmbedOrientation"];
        };
        /** Response[CreateEmbedV2ResponseSchema] */
        Response_CreateEmbedV2ResponseSchema_: {
            /**
             * Code
             * @default 100
             */
            code?: number;
            data?: components["schemas"]["CreateEmbedV2ResponseSchema"] | null;
            /** Message */
            message?: string;
        };
        /**
         * EmbedAvatarTypeEnum
         * @enum {string}
         */
        EmbedAvatarTypeEnum: "DEFAULT" | "WIDGET";
        /**
         * EmbedOrientation
         * @enum {string}
         */
        EmbedOrientation: "horizontal" | "vertical";
        /** CreateEmbedV2ResponseSchema */
        CreateEmbedV2ResponseSchema: {
            /**
             * Embed Id
             * Format: uuid
             */
            embed_id: string;
            /** Url */
            url: string;
            /** Script */
            script?: string;
            /** @default horizontal */
            orientation?: components["schemas"]["EmbedOrientation"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    create_session_token_v1_sessions_token_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FullSDKSessionTokenConfigDataSchema"] | components["schemas"]["LiteSDKSessionTokenConfigDataSchema"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response_SDKSessionTokenSchema_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    start_session_v1_sessions_start_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response_StartSessionResponseSchema_"];
                };
            };
        };
    };
    stop_session_v1_sessions_stop_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["StopSessionSchema"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    keep_session_alive_v1_sessions_keep_alive_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["KeepSessionAliveSchema"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_sessions_v1_sessions_get: {
        parameters: {
            query: {
                page?: number;
                page_size?: number;
                type: "active" | "historic";
                avatar_id?: string;
                embed_id?: string;
                context_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: {
                la_session?: string;
            };
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response_PaginatedResponse_Union_ListSessionEntrySchema__ListHistoricEntrySchema___"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_session_v1_sessions__session_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: {
                la_session?: string;
            };
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response_Union_ListSessionEntrySchema__ListHistoricEntrySchema__"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_session_transcript_v1_sessions__session_id__transcript_get: {
        parameters: {
            query?: {
                start_timestamp?: number;
                end_timestamp?: number;
            };
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: {
                la_session?: string;
            };
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response_SessionTranscriptResponseSchema_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    delete_session_events_v1_sessions__session_id__events_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                session_id: string;
            };
            cookie?: {
                la_session?: string;
            };
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_user_avatars_v1_avatars_get: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: {
                la_session?: string;
            };
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response_PaginatedResponse_AvatarSchema__"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_public_avatars_v1_avatars_public_get: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response_PaginatedResponse_AvatarSchema__"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_avatar_by_id_v1_avatars__avatar_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                avatar_id: string;
            };
            cookie?: {
                la_session?: string;
            };
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response_AvatarSchema_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    delete_avatar_v1_avatars__avatar_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                avatar_id: string;
            };
            cookie?: {
                la_session?: string;
            };
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    update_avatar_v1_avatars__avatar_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                avatar_id: string;
            };
            cookie?: {
                la_session?: string;
            };
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAvatarSchema"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response_AvatarSchema_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_voices_v1_voices_get: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                voice_type?: components["schemas"]["VoiceListTypeEnum"];
            };
            header?: never;
            path?: never;
            cookie?: {
                la_session?: string;
            };
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response_PaginatedResponse_VoiceSchema__"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    bind_third_party_voice_v1_voices_third_party_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: {
                la_session?: string;
            };
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ThirdPartyVoiceBindRequestSchema"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response_ThirdPartyVoiceBindResponseSchema_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_voice_by_id_v1_voices__voice_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                voice_id: string;
            };
            cookie?: {
                la_session?: string;
            };
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response_VoiceSchema_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    delete_voice_v1_voices__voice_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                voice_id: string;
            };
            cookie?: {
                la_session?: string;
            };
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response_NoneType_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    update_voice_v1_voices__voice_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                voice_id: string;
            };
            cookie?: {
                la_session?: string;
            };
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateVoiceSchema"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response_VoiceSchema_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_voice_preview_by_id_v1_voices__voice_id__preview_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                voice_id: string;
            };
            cookie?: {
                la_session?: string;
            };
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response_VoicePreviewResponseSchema_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_user_contexts_v1_contexts_get: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: {
                la_session?: string;
            };
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response_PaginatedResponse_ContextSchema__"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    create_context_v1_contexts_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: {
                la_session?: string;
            };
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContextSchema"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response_ContextDetailSchema_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_context_by_id_v1_contexts__context_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                context_id: string;
            };
            cookie?: {
                la_session?: string;
            };
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response_ContextDetailSchema_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    delete_context_v1_contexts__context_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                context_id: string;
            };
            cookie?: {
                la_session?: string;
            };
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    update_context_v1_contexts__context_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                context_id: string;
            };
            cookie?: {
                la_session?: string;
            };
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateContextSchema"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response_ContextDetailSchema_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_memories_v1_memory_get: {
        parameters: {
            query?: {
                type?: components["schemas"]["MemoryTypeEnum"] | null;
                page?: number;
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response_PaginatedResponse_MemoryListItemResponse__"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    create_memory_v1_memory_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSessionMemory"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response_MemoryResponse_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_memory_v1_memory__memory_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memory_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response_MemoryWithEpisodesResponse_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    delete_memory_v1_memory__memory_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memory_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_secrets_v1_secrets_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: {
                la_session?: string;
            };
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response_list_SecretListItemSchema__"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    create_secret_v1_secrets_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: {
                la_session?: string;
            };
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSecretRequestSchema"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response_CreateSecretResponseSchema_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    delete_secret_v1_secrets__secret_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                secret_id: string;
            };
            cookie?: {
                la_session?: string;
            };
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response_NoneType_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_llm_configurations_v1_llm_configurations_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: {
                la_session?: string;
            };
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response_list_LLMConfigurationListItemSchema__"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    create_llm_configuration_v1_llm_configurations_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: {
                la_session?: string;
            };
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLLMConfigurationSchema"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response_LLMConfigurationResponseSchema_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_llm_configuration_v1_llm_configurations__config_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                config_id: string;
            };
            cookie?: {
                la_session?: string;
            };
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response_LLMConfigurationResponseSchema_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    delete_llm_configuration_v1_llm_configurations__config_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                config_id: string;
            };
            cookie?: {
                la_session?: string;
            };
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response_NoneType_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    update_llm_configuration_v1_llm_configurations__config_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                config_id: string;
            };
            cookie?: {
                la_session?: string;
            };
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateLLMConfigurationSchema"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response_LLMConfigurationResponseSchema_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_languages_v1_languages_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response_list_LanguageSchema__"];
                };
            };
        };
    };
    get_user_credits_v1_users_credits_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: {
                la_session?: string;
            };
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response_UserCreditsSchema_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    create_embed_v2_v2_embeddings_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: {
                la_session?: string;
            };
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEmbedV2RequestSchema"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Response_CreateEmbedV2ResponseSchema_"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
}
