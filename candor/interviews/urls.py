"""Interview URLs. Views are split by domain: scheduling, preparation, record, appeals."""

from django.urls import path

from candor.interviews.views import appeals, preparation, record, scheduling

app_name = "interviews"

urlpatterns = [
    # scheduling
    path("", scheduling.interview_list, name="list"),
    path("export/", scheduling.interview_list_export, name="list_export"),
    path("new/", scheduling.schedule, name="schedule"),
    path("<int:pk>/", scheduling.detail, name="detail"),
    path("<int:pk>/reschedule/", scheduling.reschedule, name="reschedule"),
    path("<int:pk>/cancel/", scheduling.cancel, name="cancel"),
    path("<int:pk>/invite.ics", scheduling.calendar_file, name="ics"),
    path("rooms/", scheduling.room_list, name="rooms"),
    path("rooms/new/", scheduling.room_create, name="room_new"),
    path("rooms/<int:pk>/", scheduling.room_edit, name="room_edit"),
    path("settings/", scheduling.policy_edit, name="policy"),
    # preparation and the conversation
    path("<int:pk>/self-assessment/", preparation.self_assessment, name="self_assessment"),
    path("<int:pk>/prepare/", preparation.prepare, name="prepare"),
    path("<int:pk>/conversation/", preparation.conversation, name="conversation"),
    path("<int:pk>/conversation/start/", preparation.conversation_start,
         name="conversation_start"),
    path("<int:pk>/conversation/end/", preparation.conversation_end, name="conversation_end"),
    # the record
    path("<int:pk>/record/", record.record, name="record"),
    path("<int:pk>/record/edit/", record.record_edit, name="record_edit"),
    path("<int:pk>/record/sections/<slug:key>/", record.section, name="section"),
    path("<int:pk>/record/submit/", record.record_submit, name="record_submit"),
    path("<int:pk>/record/corrections/new/", record.correction_new, name="correction_new"),
    path("<int:pk>/record/corrections/<int:cid>/answer/", record.correction_answer,
         name="correction_answer"),
    path("<int:pk>/record/sign/", record.record_sign, name="record_sign"),
    path("<int:pk>/record/addenda/new/", record.addendum_new, name="addendum_new"),
    # appeals
    path("<int:pk>/appeal/", appeals.appeal_new, name="appeal_new"),
    path("appeals/", appeals.appeal_list, name="appeals"),
    path("appeals/<int:pk>/", appeals.appeal_detail, name="appeal"),
    path("appeals/<int:pk>/rule/", appeals.appeal_rule, name="appeal_rule"),
]
