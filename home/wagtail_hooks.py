from wagtail import hooks

from home.admin_api import PagesForChoosersAPIViewSet


@hooks.register("construct_admin_api")
def answer_choosers_with_pages_the_user_may_read(router):
    router.register_endpoint("pages", PagesForChoosersAPIViewSet)
